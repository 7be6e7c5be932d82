using System.Text;
using System.Text.Json;
using RoleMapper.Search.Matching;
using RoleMapper.Search.Ranking;

namespace RoleMapper.Search.Tests.Ranking;

[Collection(SnapshotCollection.Name)]
public class RankingModelTests(SnapshotIndex snapshot)
{
    [Fact]
    public void TheBuiltInModel_LoadsWithAWeightForEveryFeatureAndThresholdsInOrder()
    {
        var model = RankingModel.Load();
        Assert.Equal(Features.Names.Order(), model.Weights.Keys.Order());
        Assert.InRange(model.Confidence.Medium, 0, 1);
        Assert.True(model.Confidence.High >= model.Confidence.Medium);
        Assert.NotNull(model.Fitted);
    }

    [Fact]
    public void AModelForOtherFeatures_IsRefusedWithWhatIsWrong()
    {
        var weights = Features.Names.Skip(1).ToDictionary(n => n, _ => 0.5);
        weights["invented_feature"] = 1;
        var error = Assert.Throws<InvalidDataException>(() => Read(new { kind = "logistic", bias = 0, weights, confidence = new { high = 0.9, medium = 0.5 } }));
        Assert.Contains($"no weight for {Features.Names[0]}", error.Message, StringComparison.Ordinal);
        Assert.Contains("unknown features invented_feature", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidDataException>(() => RankingModel.Read(new MemoryStream(Encoding.UTF8.GetBytes("{ not json")), "broken.json"));
    }

    [Fact]
    public void Products_AddTheirWeightTimesBothFeatures_AndProductsOfUnknownFeaturesAreRefused()
    {
        var weights = Features.Names.ToDictionary(n => n, _ => 0.0);
        var interactions = new Dictionary<string, double> { [Features.Pair(Features.NameScore, Features.Semantic)] = 2.0 };
        var model = Read(new { kind = "logistic", bias = -1, weights, interactions, confidence = new { high = 0.9, medium = 0.5 } });
        var features = new float[Features.Count];
        features[Features.NameScore] = 0.5f;
        features[Features.Semantic] = 0.75f;
        Assert.Equal(1 / (1 + Math.Exp(-(-1 + 2.0 * 0.5 * 0.75))), model.Probability(features), 5);
        features[Features.Semantic] = 0;
        Assert.Equal(1 / (1 + Math.Exp(1)), model.Probability(features), 5);

        interactions["name_score*invented_feature"] = 1;
        var error = Assert.Throws<InvalidDataException>(() => Read(new { kind = "logistic", bias = 0, weights, interactions, confidence = new { high = 0.9, medium = 0.5 } }));
        Assert.Contains("name_score*invented_feature", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WhatTheMapAdds_CountsItsProductsWithOtherEvidenceToo()
    {
        var weights = Features.Names.ToDictionary(n => n, _ => 0.0);
        weights["known_lexical_first"] = 0.5;
        var interactions = new Dictionary<string, double> { [Features.Pair(Features.NameScore, Features.KnownLexicalFirst)] = 3.0 };
        var model = Read(new { kind = "logistic", bias = 0, weights, interactions, confidence = new { high = 0.9, medium = 0.5 } });
        var features = new float[Features.Count];
        features[Features.NameScore] = 0.5f;
        features[Features.KnownLexicalFirst] = 0.8f;
        Assert.Equal(0.5 * 0.8 + 3.0 * 0.5 * 0.8, model.Contribution(features, Features.Known), 5);
    }

    [Fact]
    public void BandsFollowTheThresholdsAnd_OnlyTheFirstCanBeHigh()
    {
        var ranked = snapshot.Matcher.Rank("Social Worker", new MatchOptions(), null).Candidates;
        var everythingHigh = new ConfidenceThresholds(High: 0, Medium: 0);
        Assert.Equal([Confidence.High, Confidence.Medium, Confidence.Medium], ConfidenceBands.Assign(ranked, 3, everythingHigh, fitsNoStandard: false));
        var nothingHigh = new ConfidenceThresholds(High: 1.01, Medium: 1.01);
        Assert.Equal([Confidence.Low, Confidence.Low, Confidence.Low], ConfidenceBands.Assign(ranked, 3, nothingHigh, fitsNoStandard: false));
        Assert.Equal([Confidence.Low, Confidence.Low, Confidence.Low], ConfidenceBands.Assign(ranked, 3, everythingHigh, fitsNoStandard: true));
    }

    [Theory]
    [InlineData("Team Leader")]
    [InlineData("Business Administrator")]
    [InlineData("Housing Officer")]
    [InlineData("Senior Accountant")]
    public void AskingForFewerSuggestions_NeverChangesTheTopBand(string title) =>
        Assert.Equal(snapshot.Match(title).Best!.Confidence, snapshot.Match(title, new MatchOptions { Top = 1 }).Best!.Confidence);

    [Fact]
    public void Sureness_RisesWithTheLeadOverTheNextCandidate()
    {
        var thresholds = RankingModel.Load().Confidence;
        Assert.True(thresholds.Of(0.8, 0.1) > thresholds.Of(0.8, 0.7));
        Assert.True(thresholds.Of(0.9, 0.2) > thresholds.Of(0.5, 0.2));
    }

    private static RankingModel Read(object model) =>
        RankingModel.Read(new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(model)), "test.json");
}
