// CloudFront Function (runtime cloudfront-js-2.0), viewer request. docs/deploy-s3-cloudfront.md
// An S3 origin behind origin access control has no index documents: every page of this site is a
// folder with an index.html (/notes/x/ → notes/x/index.html), so the function adds it. A page URL
// typed without its trailing slash (/notes/x) is sent to the real one with a 301, as GitHub Pages,
// Netlify and Cloudflare do, because the site's links and canonical URLs all end in a slash.
// URIs arrive percent-encoded (/notes/%EA%B8%80%EB%A3%A8/) and are passed on unchanged; S3 decodes them.

// Extensions of the files the build writes. Anything else without a trailing slash is a page.
var FILE = /\.(html|css|js|mjs|json|xml|txt|tsv|png|jpg|jpeg|webp|avif|gif|svg|ico|webmanifest|woff2?|wasm|map|pagefind|pf_meta|pf_index|pf_fragment|pf_filter)$/i;

function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.charAt(uri.length - 1) === "/") {
    request.uri = uri + "index.html";
    return request;
  }
  if (FILE.test(uri)) return request;
  return {
    statusCode: 301,
    statusDescription: "Moved Permanently",
    headers: { location: { value: uri + "/" + search(request.querystring) } },
  };
}

// The query string back as it came (CloudFront hands it over parsed, values still encoded).
function search(querystring) {
  var parts = [];
  for (var key in querystring) {
    var entry = querystring[key];
    var values = entry.multiValue ? entry.multiValue : [entry];
    for (var i = 0; i < values.length; i++) parts.push(values[i].value === "" ? key : key + "=" + values[i].value);
  }
  return parts.length > 0 ? "?" + parts.join("&") : "";
}
