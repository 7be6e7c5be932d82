using System.Text.Json.Nodes;

namespace RoleMapper.Core.Tests.Maturity;

/// <summary>Each test breaks one thing in a copy of the real model file and expects the loader to name it.</summary>
public sealed class MaturityModelLoaderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("rolemapper-maturity-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static JsonObject RealFile() =>
        JsonNode.Parse(File.ReadAllText(RepoPaths.File("data", "maturity-model.json")))!.AsObject();

    private static JsonArray Strands(JsonObject file) => file["strands"]!.AsArray();

    private static JsonArray Stages(JsonObject file, int strand) => Strands(file)[strand]!["stages"]!.AsArray();

    private static JsonObject Statement(JsonObject file, int strand, int stage, int statement) =>
        Stages(file, strand)[stage]!["statements"]![statement]!.AsObject();

    private string Write(string text)
    {
        var path = Path.Combine(folder, "maturity-model.json");
        File.WriteAllText(path, text);
        return path;
    }

    private void AssertRejected(Action<JsonObject> breakIt, string messageContains)
    {
        var file = RealFile();
        breakIt(file);
        var path = Write(file.ToJsonString());

        var error = Assert.Throws<MaturityModelException>(() => MaturityModel.Load(path));

        Assert.Contains(messageContains, error.Message, StringComparison.Ordinal);
        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnbrokenCopy_Loads()
    {
        var model = MaturityModel.Load(Write(RealFile().ToJsonString()));

        Assert.Equal(5, model.Strands.Count);
    }

    [Fact]
    public void MissingFile_IsAModelError()
    {
        var error = Assert.Throws<MaturityModelException>(() => MaturityModel.Load(Path.Combine(folder, "none.json")));

        Assert.Contains("Cannot read", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<IOException>(error.InnerException);
    }

    [Fact]
    public void TruncatedJson_IsAModelError()
    {
        var text = File.ReadAllText(RepoPaths.File("data", "maturity-model.json"));
        var path = Write(text[..(text.Length / 2)]);

        var error = Assert.Throws<MaturityModelException>(() => MaturityModel.Load(path));

        Assert.Contains("not a valid maturity model file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FourStrands_AreRejected() =>
        AssertRejected(f => Strands(f).RemoveAt(4), "has 4 strands; the LGA model has 5");

    [Fact]
    public void RepeatedStrandId_IsRejected() =>
        AssertRejected(f => Strands(f)[1]!["id"] = "leadership-culture", "repeats the id 'leadership-culture'");

    [Fact]
    public void StrandWithoutTitle_IsRejected() =>
        AssertRejected(f => Strands(f)[2]!.AsObject().Remove("title"), "strand 3 ('workforce-development') has no title");

    [Fact]
    public void ThreeStages_AreRejected() =>
        AssertRejected(f => Stages(f, 0).RemoveAt(3), "has 3 stages; every strand has 4");

    [Fact]
    public void StagesOutOfOrder_AreRejected() =>
        AssertRejected(f =>
        {
            var stages = Stages(f, 2);
            var mature = stages[3]!;
            stages.RemoveAt(3);
            stages.Insert(2, mature);
        }, "stage 3 is 'mature' but should be 'maturing'");

    [Fact]
    public void EarlyNotMarkedBaseline_IsRejected() =>
        AssertRejected(f => Stages(f, 0)[0]!.AsObject().Remove("baseline"), "('early') must be marked \"baseline\": true");

    [Fact]
    public void AnotherBaseline_IsRejected() =>
        AssertRejected(f => Stages(f, 4)[1]!["baseline"] = true, "('developing') cannot be the baseline");

    [Fact]
    public void StageWithoutStatements_IsRejected() =>
        AssertRejected(f => Stages(f, 1)[2]!["statements"] = new JsonArray(), "('maturing') has no statements");

    [Fact]
    public void BlankStatement_IsRejected() =>
        AssertRejected(f => Statement(f, 3, 1, 2)["text"] = "  ", "('planning-delivery.developing.spending-plan') has no text");

    [Fact]
    public void RepeatedStatementId_IsRejected() =>
        AssertRejected(
            f => Statement(f, 2, 3, 1)["id"] = "workforce-development.mature.communication",
            "repeats the id 'workforce-development.mature.communication'");

    [Fact]
    public void StatementIdOfAnotherStage_IsRejected() =>
        AssertRejected(
            f => Statement(f, 2, 3, 3)["id"] = "workforce-development.maturing.skills-mapping-done",
            "it should be 'workforce-development.mature.' and a short slug");

    [Fact]
    public void UnknownEvidenceHint_IsRejected() =>
        AssertRejected(f => Statement(f, 2, 3, 3)["evidence"] = new JsonArray("maping"), "the evidence hint 'maping'");

    [Fact]
    public void MisspeltField_IsRejected() =>
        AssertRejected(f => Statement(f, 2, 3, 3)["evidance"] = new JsonArray("mapping"), "evidance");
}
