import { describe, expect, it } from "vitest";
import { answerTypeScore, questionShape } from "../../src/nlp/question/questionKind.ts";

describe("questionShape", () => {
  it.each([
    ["How long was the call?", "howLong", " was the call?"],
    ["How much time does Obama have left in office?", "howLong", " does Obama have left in office?"],
    ["How many people were on the AirAsia plane?", "howMany", " people were on the AirAsia plane?"],
    ["How old is Michael Thomas?", "howOld", " is Michael Thomas?"],
    ["What is Michael Thomas's age?", "howOld", " is Michael Thomas's age?"],
    ["What is the population of Tunisia?", "howMany", "population of Tunisia?"],
    ["When did Trump call Zelenskyy?", "when", " did Trump call Zelenskyy?"],
    ["What year did Clinton impose the embargo?", "when", " did Clinton impose the embargo?"],
    ["Where was the flight going?", "where", " was the flight going?"],
    ["Who is Tatiana Stanovaya?", "who", " is Tatiana Stanovaya?"],
    ["Why was stopping energy strikes not a big concession?", "why", " was stopping energy strikes not a big concession?"],
    ["How did Zelenskyy react to the call?", "how", " did Zelenskyy react to the call?"],
    ["What did the Kremlin spokesman say?", "what", " did the Kremlin spokesman say?"],
    ["Did Putin reject the 30-day truce?", "other", "Did Putin reject the 30-day truce?"],
  ])("%s → %s", (question, kind, rest) => {
    expect(questionShape(question)).toEqual({ kind, rest });
  });

  it("reads a mistyped question word as the one meant", () => {
    expect(questionShape("Whn will Obama sign the order?").kind).toBe("when");
    expect(questionShape("Hwo long was the call?").kind).toBe("howLong");
  });
});

describe("answerTypeScore", () => {
  const call = "During the more than two-hour chat — the longest such call between the countries’ leaders in years — Donald Trump and Vladimir Putin covered a range of topics.";
  const halt = "Seeking to cultivate warm ties with Washington, Putin accepted a halt on strikes on energy infrastructure.";
  it("finds durations for how long", () => {
    expect(answerTypeScore("howLong", call)).toBe(1);
    expect(answerTypeScore("howLong", halt)).toBe(0);
    expect(answerTypeScore("howLong", "Trump called Zelenskyy for about an hour Wednesday")).toBe(1);
  });

  it("finds numbers for how many, dates for when, names for who", () => {
    expect(answerTypeScore("howMany", "an AirAsia plane carrying 162 people")).toBe(1);
    expect(answerTypeScore("howMany", halt)).toBe(0);
    expect(answerTypeScore("when", "In 1997, President Bill Clinton imposed a comprehensive trade embargo")).toBe(1);
    expect(answerTypeScore("when", halt)).toBe(0);
    expect(answerTypeScore("who", "Kremlin spokesman Dmitry Peskov underlined that Putin and Trump agree")).toBe(1);
  });

  it("finds newspaper ages for how old", () => {
    expect(answerTypeScore("howOld", "Noel, 31, is charged with five counts of falsifying records; Thomas, 41, is charged with three.")).toBe(1);
    expect(answerTypeScore("howOld", "ordered multiple investigations into the 66-year-old's suicide")).toBe(1);
    expect(answerTypeScore("howOld", "amid the 3-year-old conflict in Ukraine")).toBe(1);
    expect(answerTypeScore("howLong", "amid the 3-year-old conflict in Ukraine")).toBe(0);
    expect(answerTypeScore("howOld", "Aides insist the 93 year-old will finish his term.")).toBe(1);
    expect(answerTypeScore("howOld", "He was 25 years old.")).toBe(1);
    expect(answerTypeScore("howOld", "The bridge took 25 years to build.")).toBe(0);
  });

  it("prefers a duration, number or date beside the question's words", () => {
    const sentence = "Trump called Zelenskyy for about an hour Wednesday and said in a social media post the conversation was to align both Russia and Ukraine.";
    expect(answerTypeScore("howLong", sentence, [sentence.indexOf("Zelenskyy")])).toBe(1);
    expect(answerTypeScore("howLong", sentence, [sentence.indexOf("Ukraine")])).toBeLessThan(1);
  });

  it("finds lengths for how long a thing is", () => {
    expect(answerTypeScore("howLong", "The county approved a 20-mile bus lane between Florida City and Dadeland on Tuesday.")).toBe(1);
    expect(answerTypeScore("howLong", "Witnesses said the shark was 8 to 10 feet long.")).toBe(1);
    expect(answerTypeScore("howLong", "The bus lane will carry 12,000 riders.")).toBe(0);
  });

  it("finds reasons for why", () => {
    expect(answerTypeScore("why", "the move wasn’t a major concession by Moscow, given the massive damage to Ukraine’s power grid")).toBe(1);
  });

  it("reads “for” before what someone did as the reason for it", () => {
    expect(answerTypeScore("why", "The transit chief was suspended by the mayor for making buses free without a vote.")).toBe(1);
    expect(answerTypeScore("why", "She was jailed for her role in the fraud.")).toBe(1);
    expect(answerTypeScore("why", "The mayor was paid for nothing and the chief waited for months.")).toBe(0);
  });

  it("reads what prompted or sparked something as its reason", () => {
    expect(answerTypeScore("why", "The Senate vote was tied 15-15, prompting its president to cast the deciding vote.")).toBe(1);
    expect(answerTypeScore("why", "The ruling sparked protests outside the court in Port of Spain.")).toBe(1);
  });
});
