/**
 * An offline check of an RSS 2.0 feed against the RSS 2.0 specification (rssboard.org) and the
 * rules the W3C feed validator applies to it: well-formed XML with only XML characters, one
 * `<rss version="2.0">` with one `<channel>`, the required channel elements, known elements in
 * their places, RFC 822 dates, absolute URLs, guid permalink rules, and the Atom `self` link
 * with its namespace declared. There is no maintained RSS validator on npm (the W3C one is
 * Python), so this is written from the spec; it reports problems instead of a yes/no so a test
 * failure says what to fix.
 */
import sax from "sax";

export interface RssProblem {
  /** Where: `channel`, `channel/item[3]/guid`, `line 12`. */
  at: string;
  message: string;
}

export interface RssValidationOptions {
  /** The URL the feed is served from: the `atom:link rel="self"` must name exactly this URL. */
  selfUrl?: string;
  /** Require `atom:link rel="self"` (default true: feed readers and the W3C validator ask for it). */
  requireSelfLink?: boolean;
  /** Require a `pubDate` on every item (default false; RSS 2.0 leaves it optional). */
  requireItemDates?: boolean;
}

export const ATOM_NAMESPACE = "http://www.w3.org/2005/Atom";

/** Every problem found; an empty list means the feed is valid. */
export function validateRss(xml: string, options: RssValidationOptions = {}): RssProblem[] {
  const problems: RssProblem[] = [];
  const report = (at: string, message: string) => problems.push({ at, message });

  for (const found of illegalCharacters(xml)) report(`line ${found.line}`, found.message);
  const declared = /^\uFEFF?<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/u.exec(xml)?.[1];
  if (declared !== undefined && declared.toLowerCase() !== "utf-8") report("line 1", `declares encoding ${declared}; a feed written by this site is UTF-8`);

  const parsed = parseXml(xml);
  if ("error" in parsed) {
    report(`line ${parsed.line}`, `not well-formed XML: ${parsed.error}`);
    return problems;
  }
  const root = parsed.root;
  if (root.uri !== "" || root.local !== "rss") {
    report("root", `the root element is <${root.name}>${root.uri ? ` in namespace ${root.uri}` : ""}, not <rss> (RSS 2.0 elements are in no namespace)`);
    return problems;
  }
  const version = root.attributes.get("version")?.value;
  if (version !== "2.0") report("rss", `version is ${version === undefined ? "missing" : JSON.stringify(version)}, not "2.0"`);

  const channels = plainChildren(root).filter((child) => child.local === "channel");
  for (const other of plainChildren(root).filter((child) => child.local !== "channel")) report("rss", `unknown element <${other.name}> (only <channel> belongs here)`);
  if (textOf(root).trim() !== "") report("rss", "has text outside <channel>");
  const channel = channels[0];
  if (channels.length !== 1 || channel === undefined) {
    report("rss", channels.length === 0 ? "has no <channel>" : `has ${channels.length} <channel> elements; RSS 2.0 has one`);
    return problems;
  }
  checkChannel(channel, options, report);
  return problems;
}

type Report = (at: string, message: string) => void;

// ---------------------------------------------------------------------------------------------
// Channel and items

const CHANNEL_REQUIRED = ["title", "link", "description"] as const;
const CHANNEL_OPTIONAL = [
  "language", "copyright", "managingEditor", "webMaster", "pubDate", "lastBuildDate", "category",
  "generator", "docs", "cloud", "ttl", "image", "rating", "textInput", "skipHours", "skipDays", "item",
] as const;
const REPEATABLE = new Set(["category", "item"]);

function checkChannel(channel: XmlElement, options: RssValidationOptions, report: Report): void {
  const known = new Set<string>([...CHANNEL_REQUIRED, ...CHANNEL_OPTIONAL]);
  checkChildren(channel, "channel", known, report);
  for (const name of CHANNEL_REQUIRED) {
    const element = only(channel, name);
    if (element === undefined) report("channel", `has no <${name}> (required)`);
    else if (textOf(element).trim() === "") report(`channel/${name}`, "is blank");
  }
  checkUrl(only(channel, "link"), "channel/link", report);
  checkText(channel, "channel", ["title", "description", "copyright", "generator", "rating"], report);

  const language = only(channel, "language");
  if (language && !/^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/u.test(textOf(language).trim())) {
    report("channel/language", `${JSON.stringify(textOf(language))} is not a language code (e.g. ko, ko-KR)`);
  }
  for (const name of ["managingEditor", "webMaster"]) checkEmail(only(channel, name), `channel/${name}`, report);
  for (const name of ["pubDate", "lastBuildDate"]) checkDate(only(channel, name), `channel/${name}`, report);
  checkUrl(only(channel, "docs"), "channel/docs", report);
  checkCategories(channel, "channel", report);
  checkCloud(only(channel, "cloud"), report);
  const ttl = only(channel, "ttl");
  if (ttl && !/^\d+$/u.test(textOf(ttl).trim())) report("channel/ttl", `${JSON.stringify(textOf(ttl))} is not a whole number of minutes`);
  checkImage(only(channel, "image"), report);
  checkTextInput(only(channel, "textInput"), report);
  checkSkip(channel, report);
  checkSelfLink(channel, options, report);

  const guids = new Map<string, string>();
  plainChildren(channel)
    .filter((child) => child.local === "item")
    .forEach((item, index) => checkItem(item, `channel/item[${index + 1}]`, options, guids, report));
}

const ITEM_ELEMENTS = new Set(["title", "link", "description", "author", "category", "comments", "enclosure", "guid", "pubDate", "source"]);

function checkItem(item: XmlElement, at: string, options: RssValidationOptions, guids: Map<string, string>, report: Report): void {
  checkChildren(item, at, ITEM_ELEMENTS, report);
  checkText(item, at, ["title", "description"], report);
  const title = only(item, "title");
  const description = only(item, "description");
  if ((title === undefined || textOf(title).trim() === "") && (description === undefined || textOf(description).trim() === "")) {
    report(at, "has neither a <title> nor a <description> (one is required)");
  }
  checkUrl(only(item, "link"), `${at}/link`, report);
  checkUrl(only(item, "comments"), `${at}/comments`, report);
  checkEmail(only(item, "author"), `${at}/author`, report);
  checkCategories(item, at, report);

  const pubDate = only(item, "pubDate");
  if (pubDate === undefined && options.requireItemDates === true) report(at, "has no <pubDate>");
  checkDate(pubDate, `${at}/pubDate`, report);

  const enclosure = only(item, "enclosure");
  if (enclosure) {
    for (const name of ["url", "length", "type"]) if (!enclosure.attributes.has(name)) report(`${at}/enclosure`, `has no ${name} attribute (required)`);
    checkUrlValue(enclosure.attributes.get("url")?.value, `${at}/enclosure@url`, report);
    const length = enclosure.attributes.get("length")?.value;
    if (length !== undefined && !/^\d+$/u.test(length)) report(`${at}/enclosure@length`, `${JSON.stringify(length)} is not a number of bytes`);
    const type = enclosure.attributes.get("type")?.value;
    if (type !== undefined && !/^[\w.+-]+\/[\w.+-]+/u.test(type)) report(`${at}/enclosure@type`, `${JSON.stringify(type)} is not a MIME type`);
  }

  const source = only(item, "source");
  if (source) {
    if (!source.attributes.has("url")) report(`${at}/source`, "has no url attribute (required)");
    else checkUrlValue(source.attributes.get("url")?.value, `${at}/source@url`, report);
  }

  const guid = only(item, "guid");
  if (guid) {
    const value = textOf(guid).trim();
    const permalink = guid.attributes.get("isPermaLink")?.value;
    if (permalink !== undefined && permalink !== "true" && permalink !== "false") {
      report(`${at}/guid@isPermaLink`, `is ${JSON.stringify(permalink)}; it must be "true" or "false"`);
    }
    if (value === "") report(`${at}/guid`, "is blank");
    else if (permalink !== "false") {
      // isPermaLink defaults to true: the guid must then be a URL a reader can open.
      if (!isAbsoluteHttpUrl(value)) report(`${at}/guid`, `${JSON.stringify(value)} is not a full URL; write one, or mark it isPermaLink="false"`);
    }
    const earlier = guids.get(value);
    if (value !== "" && earlier !== undefined) report(`${at}/guid`, `${JSON.stringify(value)} is also the guid of ${earlier}; readers would take them for one item`);
    else guids.set(value, at);
  }
}

// ---------------------------------------------------------------------------------------------
// Element checks

/** Plain (no-namespace) children must be known here and appear once unless repeatable; extension elements must be namespaced. */
function checkChildren(parent: XmlElement, at: string, known: ReadonlySet<string>, report: Report): void {
  const seen = new Set<string>();
  for (const child of plainChildren(parent)) {
    if (!known.has(child.local)) {
      const hint = [...known].find((name) => name.toLowerCase() === child.local.toLowerCase());
      report(at, `unknown element <${child.name}>${hint ? ` (element names are case-sensitive: <${hint}>)` : ""}`);
      continue;
    }
    if (seen.has(child.local) && !REPEATABLE.has(child.local)) report(at, `has more than one <${child.local}>`);
    seen.add(child.local);
  }
  if (textOf(parent).trim() !== "") report(at, "has text between its elements");
}

/** These elements hold text (HTML in descriptions is escaped or in CDATA), never markup. */
function checkText(parent: XmlElement, at: string, names: readonly string[], report: Report): void {
  for (const name of names) {
    const element = only(parent, name);
    if (element && element.children.length > 0) {
      report(`${at}/${name}`, `contains the element <${element.children[0]?.name}>; markup in ${name} must be escaped or in CDATA`);
    }
  }
}

function checkUrl(element: XmlElement | undefined, at: string, report: Report): void {
  if (element) checkUrlValue(textOf(element).trim(), at, report);
}

function checkUrlValue(value: string | undefined, at: string, report: Report): void {
  if (value !== undefined && !isAbsoluteHttpUrl(value)) report(at, `${JSON.stringify(value)} is not a full http(s) URL`);
}

export function isAbsoluteHttpUrl(value: string): boolean {
  if (/\s/u.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

/** RSS wants `address@example.org (Name)`. */
function checkEmail(element: XmlElement | undefined, at: string, report: Report): void {
  if (!element) return;
  const value = textOf(element).trim();
  if (!/^[^\s@()]+@[^\s@()]+\.[^\s@()]+(?: \([^()]*\))?$/u.test(value)) report(at, `${JSON.stringify(value)} is not an email address (write "name@example.org (Name)")`);
}

function checkDate(element: XmlElement | undefined, at: string, report: Report): void {
  if (!element) return;
  const value = textOf(element).trim();
  const problem = rfc822Problem(value);
  if (problem !== undefined) report(at, `${JSON.stringify(value)} ${problem}`);
}

function checkCategories(parent: XmlElement, at: string, report: Report): void {
  for (const category of plainChildren(parent).filter((child) => child.local === "category")) {
    if (textOf(category).trim() === "") report(`${at}/category`, "is blank");
    if (category.children.length > 0) report(`${at}/category`, "contains markup");
  }
}

function checkCloud(cloud: XmlElement | undefined, report: Report): void {
  if (!cloud) return;
  for (const name of ["domain", "port", "path", "registerProcedure", "protocol"]) {
    if (!cloud.attributes.has(name)) report("channel/cloud", `has no ${name} attribute (required)`);
  }
}

function checkImage(image: XmlElement | undefined, report: Report): void {
  if (!image) return;
  checkChildren(image, "channel/image", new Set(["url", "title", "link", "width", "height", "description"]), report);
  for (const name of ["url", "title", "link"]) if (only(image, name) === undefined) report("channel/image", `has no <${name}> (required)`);
  checkUrl(only(image, "url"), "channel/image/url", report);
  checkUrl(only(image, "link"), "channel/image/link", report);
  for (const [name, max] of [["width", 144], ["height", 400]] as const) {
    const element = only(image, name);
    if (!element) continue;
    const value = textOf(element).trim();
    if (!/^\d+$/u.test(value) || Number(value) > max) report(`channel/image/${name}`, `${JSON.stringify(value)} is not a whole number up to ${max}`);
  }
}

function checkTextInput(textInput: XmlElement | undefined, report: Report): void {
  if (!textInput) return;
  const names = ["title", "description", "name", "link"];
  checkChildren(textInput, "channel/textInput", new Set(names), report);
  for (const name of names) if (only(textInput, name) === undefined) report("channel/textInput", `has no <${name}> (required)`);
  checkUrl(only(textInput, "link"), "channel/textInput/link", report);
}

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

function checkSkip(channel: XmlElement, report: Report): void {
  const hours = only(channel, "skipHours");
  if (hours) {
    checkChildren(hours, "channel/skipHours", new Set(["hour"]), report);
    const values = plainChildren(hours).filter((child) => child.local === "hour").map((hour) => textOf(hour).trim());
    for (const value of values) if (!/^\d{1,2}$/u.test(value) || Number(value) > 23) report("channel/skipHours", `${JSON.stringify(value)} is not an hour 0–23`);
    if (values.length > 24) report("channel/skipHours", "lists more than 24 hours");
  }
  const days = only(channel, "skipDays");
  if (days) {
    checkChildren(days, "channel/skipDays", new Set(["day"]), report);
    const values = plainChildren(days).filter((child) => child.local === "day").map((day) => textOf(day).trim());
    for (const value of values) if (!DAYS.includes(value)) report("channel/skipDays", `${JSON.stringify(value)} is not a day name (Monday … Sunday)`);
    if (values.length > 7) report("channel/skipDays", "lists more than 7 days");
  }
}

/**
 * The Atom `self` link (the RSS Advisory Board's profile, and what the W3C validator asks for):
 * `<atom:link href="…/rss.xml" rel="self" type="application/rss+xml"/>` in the channel, with
 * the Atom namespace declared. An undeclared prefix is already a well-formedness error.
 */
function checkSelfLink(channel: XmlElement, options: RssValidationOptions, report: Report): void {
  const links = channel.children.filter((child) => child.uri === ATOM_NAMESPACE && child.local === "link");
  for (const element of channel.children.filter((child) => child.local === "link" && child.uri !== "" && child.uri !== ATOM_NAMESPACE && child.prefix === "atom")) {
    report("channel", `<${element.name}> is bound to ${element.uri}, not the Atom namespace ${ATOM_NAMESPACE}`);
  }
  for (const link of links) {
    const href = link.attributes.get("href")?.value;
    if (href === undefined) report(`channel/${link.name}`, "has no href");
    else checkUrlValue(href, `channel/${link.name}@href`, report);
  }
  const selfLinks = links.filter((link) => link.attributes.get("rel")?.value === "self");
  if (selfLinks.length === 0) {
    if (options.requireSelfLink !== false) report("channel", `has no <atom:link rel="self"> naming the feed's own URL (declare xmlns:atom="${ATOM_NAMESPACE}")`);
    return;
  }
  if (selfLinks.length > 1) report("channel", `has ${selfLinks.length} atom:link rel="self"; one names the feed`);
  const self = selfLinks[0];
  const type = self?.attributes.get("type")?.value;
  if (type !== undefined && type !== "application/rss+xml") report("channel/atom:link", `type is ${JSON.stringify(type)}, not "application/rss+xml"`);
  const href = self?.attributes.get("href")?.value;
  if (options.selfUrl !== undefined && href !== undefined && href !== options.selfUrl) {
    report("channel/atom:link", `rel="self" names ${href}, but the feed is served from ${options.selfUrl}`);
  }
}

// ---------------------------------------------------------------------------------------------
// RFC 822 dates, as RSS 2.0 uses them: `Wed, 02 Oct 2002 13:00:00 GMT`

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const RFC822 =
  /^(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}|\d{2}) (\d{2}):(\d{2})(?::(\d{2}))? (UT|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|[A-IK-Z]|[+-]\d{4})$/u;

/** Why a date is not an RFC 822 date-time, or undefined when it is one. */
export function rfc822Problem(value: string): string | undefined {
  const match = RFC822.exec(value);
  if (!match) return 'is not an RFC 822 date (e.g. "Wed, 02 Oct 2002 13:00:00 GMT")';
  const [, weekday, dayText = "", monthName = "", yearText = "", hourText = "", minuteText = "", secondText, zone = ""] = match;
  const year = yearText.length === 2 ? 1900 + Number(yearText) + (Number(yearText) < 50 ? 100 : 0) : Number(yearText);
  const month = MONTHS.indexOf(monthName);
  const day = Number(dayText);
  const daysInMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return `has no day ${day} in ${monthName} ${year}`;
  if (Number(hourText) > 23 || Number(minuteText) > 59 || Number(secondText ?? "0") > 59) return "has a time of day that does not exist";
  if (/^[+-]\d{4}$/u.test(zone) && (Number(zone.slice(3)) > 59 || Number(zone.slice(1, 3)) > 14)) return `has the impossible offset ${zone}`;
  const actual = WEEKDAYS[new Date(Date.UTC(year, month, day)).getUTCDay()];
  if (weekday !== undefined && weekday !== actual) return `says ${weekday}, but ${day} ${monthName} ${year} is a ${actual}`;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// XML

/** Characters XML 1.0 forbids, and C1 controls (allowed but always a sign of mis-decoded text). */
function illegalCharacters(xml: string): { line: number; message: string }[] {
  const found: { line: number; message: string }[] = [];
  // With the u flag a surrogate pair is one code point, so [\uD800-\uDFFF] only meets lone halves.
  const pattern = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/gu;
  for (const match of xml.matchAll(pattern)) {
    const code = match[0].codePointAt(0) ?? 0;
    const line = xml.slice(0, match.index).split("\n").length;
    found.push({ line, message: `has the control character U+${code.toString(16).toUpperCase().padStart(4, "0")}, which XML ${code < 0x20 || code >= 0xfffe || (code >= 0xd800 && code <= 0xdfff) ? "does not allow" : "discourages"}` });
    if (found.length >= 10) break;
  }
  return found;
}

interface XmlAttribute {
  value: string;
  uri: string;
}

interface XmlElement {
  /** Qualified name as written (`atom:link`). */
  name: string;
  prefix: string;
  local: string;
  /** Namespace URI; "" for none. */
  uri: string;
  attributes: Map<string, XmlAttribute>;
  children: XmlElement[];
  /** Text and CDATA directly inside this element. */
  text: string[];
}

function parseXml(xml: string): { root: XmlElement } | { error: string; line: number } {
  // strictEntities: only XML's five named entities (sax would otherwise accept HTML's &nbsp; and the like).
  const saxOptions: sax.SAXOptions & { strictEntities: boolean } = { xmlns: true, position: true, strictEntities: true };
  const parser = sax.parser(true, saxOptions);
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let failure: { error: string; line: number } | undefined;
  parser.onerror = (error) => {
    failure ??= { error: error.message.split("\n")[0] ?? error.message, line: parser.line + 1 };
    // Let sax finish instead of throwing; only the first error is reported (the rest follow from it).
    parser.resume();
  };
  parser.onopentag = (tag) => {
    const qualified = tag as sax.QualifiedTag;
    const attributes = new Map<string, XmlAttribute>();
    for (const attribute of Object.values(qualified.attributes)) {
      // Unprefixed attributes are in no namespace; key them by local name.
      attributes.set(attribute.prefix === "" ? attribute.local : attribute.name, { value: attribute.value, uri: attribute.uri });
    }
    const element: XmlElement = { name: qualified.name, prefix: qualified.prefix, local: qualified.local, uri: qualified.uri, attributes, children: [], text: [] };
    const parent = stack.at(-1);
    if (parent) parent.children.push(element);
    else root ??= element;
    stack.push(element);
  };
  parser.onclosetag = () => {
    stack.pop();
  };
  parser.ontext = (text) => stack.at(-1)?.text.push(text);
  parser.oncdata = (text) => stack.at(-1)?.text.push(text);
  parser.write(xml).close();
  if (failure) return failure;
  if (!root) return { error: "no root element", line: 1 };
  return { root };
}

function plainChildren(element: XmlElement): XmlElement[] {
  return element.children.filter((child) => child.uri === "");
}

function only(parent: XmlElement, name: string): XmlElement | undefined {
  return plainChildren(parent).find((child) => child.local === name);
}

function textOf(element: XmlElement): string {
  return element.text.join("");
}
