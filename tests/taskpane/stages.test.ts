import { markStage, STAGE_PREFIX } from "../../src/taskpane/stages";

describe("markStage", () => {
  afterEach(() => {
    performance.clearMarks();
    jest.restoreAllMocks();
  });

  it("records a stage once, at its first moment", () => {
    markStage("message-read");
    const first = performance.getEntriesByName(`${STAGE_PREFIX}message-read`, "mark")[0]?.startTime;
    markStage("message-read");
    const marks = performance.getEntriesByName(`${STAGE_PREFIX}message-read`, "mark");
    expect(marks).toHaveLength(1);
    expect(marks[0]?.startTime).toBe(first);
  });

  it("never throws where User Timing fails", () => {
    jest.spyOn(performance, "mark").mockImplementation(() => {
      throw new Error("no user timing here");
    });
    expect(() => markStage("first-card")).not.toThrow();
  });
});
