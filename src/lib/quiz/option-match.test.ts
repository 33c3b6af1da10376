import { describe, expect, it } from "vitest";
import { matchOptionByName, nameTokens } from "./option-match";

const options = [
  { letter: "A", text: "AWS Lambda" },
  { letter: "B", text: "AWS Glue" },
  { letter: "C", text: "AWS Glue DataBrew" },
  { letter: "D", text: "Amazon Kinesis Data Analytics" },
  { letter: "E", text: "Amazon Kinesis Data Firehose" },
];

describe("matchOptionByName", () => {
  it.each([
    ["AWS Lambda", "A"],
    ["lambda", "A"],
    ["Lambda는", "A"],
    ["AWS Glue", "B"], // exact beats "AWS Glue DataBrew"
    ["DataBrew", "C"],
    ["Kinesis Data Analytics", "D"],
    ["Kinesis Analytics", "D"],
    ["Amazon Kinesis Data Firehose (스트리밍)", "E"],
  ])("%j -> %s", (name, letter) => {
    expect(matchOptionByName(name, options)?.letter).toBe(letter);
  });

  it.each(["Kinesis", "Kinesis Data", "AWS", "Amazon Athena", ""])("%j is ambiguous or unknown", (name) => {
    expect(matchOptionByName(name, options)).toBeNull();
  });

  it("drops vendor prefixes and splits Hangul from Latin", () => {
    expect(nameTokens("Amazon S3에 저장")).toEqual(["s3", "에", "저장"]);
  });
});
