using System.Text.Json;
using System.Text.Json.Nodes;
using RoleMapper.Core.Standards;

namespace RoleMapper.Core.Tests.StandardsFeed;

/// <summary>The traps of shared/data/ifate/SCHEMA.md, one by one, on real records altered where needed.</summary>
public sealed class FeedRecordMapperTests
{
    private static readonly JsonArray Feed = FeedFixtures.Load(RepoPaths.SmallNewFeed);
    private static readonly DateTime Now = new(2026, 11, 23, 2, 30, 0, DateTimeKind.Utc);

    private static FeedRecord Map(string reference, string version, Action<JsonObject>? change = null)
    {
        var record = (JsonObject)FeedFixtures.Record(Feed, reference, version).DeepClone();
        change?.Invoke(record);
        return FeedRecordMapper.Map(JsonSerializer.SerializeToElement(record), 0, Now);
    }

    [Fact]
    public void JobTitles_MergeTypicalAndGreen_IgnoringCaseDuplicates()
    {
        var mapped = Map("ST0116", "1.2", r =>
        {
            r["typicalJobTitles"] = new JsonArray("Web developer", " web DEVELOPER ", "Software developer", "");
            r["greenJobTitles"] = new JsonArray("Green software developer", "SOFTWARE developer");
        });

        Assert.Equal(["Web developer", "Software developer", "Green software developer"], mapped.Standard!.JobTitles);
        Assert.Equal(["Green software developer", "SOFTWARE developer"], mapped.Standard.GreenJobTitles);
    }

    [Fact]
    public void JobRoles_AreIgnored_BecauseTheyCopyTypicalJobTitles()
    {
        var mapped = Map("ST0116", "1.2", r => r["jobRoles"] = new JsonArray("Something else entirely"));

        Assert.DoesNotContain("Something else entirely", mapped.Standard!.JobTitles);
    }

    [Fact]
    public void Dates_ReadEveryFormatTheFeedUses_AndMinValueMeansNone()
    {
        var mapped = Map("ST0116", "1.2", r =>
        {
            r["approvedForDelivery"] = "2014-11-12T00:00:00 +00:00";
            r["earliestStartDate"] = "2025-12-10T14:58:47.343";
            r["latestStartDate"] = "";
            r["changedDate"] = "0001-01-01T00:00:00";
        });

        Assert.Equal(new DateOnly(2014, 11, 12), mapped.Standard!.ApprovedForDeliveryOn);
        Assert.Equal(new DateOnly(2025, 12, 10), mapped.Standard.EarliestStartDate);
        Assert.Null(mapped.Standard.LatestStartDate);
        Assert.Null(mapped.Standard.ChangedOn);
    }

    [Fact]
    public void UnreadableDate_IsAWarningNotAnError()
    {
        var mapped = Map("ST0116", "1.2", r => r["earliestStartDate"] = "next Tuesday");

        Assert.True(mapped.IsValid);
        Assert.Null(mapped.Standard!.EarliestStartDate);
        Assert.Contains(mapped.Warnings, w => w.Contains("earliestStartDate", StringComparison.Ordinal));
    }

    [Fact]
    public void Integration_TheStringNone_MeansNoIntegration()
    {
        Assert.Null(Map("ST0116", "1.2", r => r["integration"] = "None").Standard!.IntegrationType);
        Assert.Equal("Degree-apprenticeship", Map("ST0116", "1.2", r => r["integration"] = "Degree-apprenticeship").Standard!.IntegrationType);
    }

    [Fact]
    public void Ksbs_KeepFeedOrder_AndDutiesReadTheNumericCoreFlag()
    {
        var mapped = Map("ST0116", "1.2", r =>
        {
            r["knowledges"] = new JsonArray(
                new JsonObject { ["knowledgeId"] = "b", ["detail"] = "second in id order, first in the feed" },
                new JsonObject { ["knowledgeId"] = "a", ["detail"] = "  second in the feed  " });
            r["duties"] = new JsonArray(
                new JsonObject { ["dutyID"] = "1", ["dutyDetail"] = "Core duty", ["isThisACoreDuty"] = 1 },
                new JsonObject { ["dutyID"] = "2", ["dutyDetail"] = "Option duty", ["isThisACoreDuty"] = 0 });
        });

        Assert.Equal(["second in id order, first in the feed", "second in the feed"], mapped.Standard!.Knowledge);
        Assert.Collection(mapped.Standard.Duties,
            d => Assert.True(d.IsCore),
            d => Assert.False(d.IsCore));
    }

    [Fact]
    public void Html_InSummaryAndOverview_IsDecodedAndStripped()
    {
        var mapped = Map("ST0116", "1.2", r =>
        {
            r["occupationalSummary"] = "&lt;p&gt;Works in &lt;strong&gt;councils&lt;/strong&gt; &amp;amp; schools.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;One&lt;/li&gt;&lt;li&gt;Two&lt;/li&gt;&lt;/ul&gt;";
            r["overviewOfRole"] = "Caring &amp; supporting";
        });

        Assert.Equal("Works in councils & schools.\n- One\n- Two", mapped.Standard!.OccupationalSummary);
        Assert.Equal("Caring & supporting", mapped.Standard.OverviewOfRole);
    }

    [Fact]
    public void Version_V0_0_IsReadAsZero_WithAWarning()
    {
        var mapped = Map("ST0891", "0.0", r => r["version"] = "V0.0");

        Assert.Equal("0.0", mapped.Standard!.Version);
        Assert.Contains(mapped.Warnings, w => w.Contains("V0.0", StringComparison.Ordinal));
    }

    [Fact]
    public void TitleWithTrailingSpace_IsTrimmed()
    {
        Assert.Equal("Software developer", Map("ST0116", "1.2", r => r["title"] = "Software developer ").Standard!.Title);
    }

    [Fact]
    public void PausedForStarts_IsReadFromItsFlag()
    {
        var paused = FeedFixtures.Load(RepoPaths.SmallNewFeed)
            .Select(n => n!.AsObject())
            .First(r => (bool?)r["approvedForDeliveryPausedStarts"] == true);
        var mapped = FeedRecordMapper.Map(JsonSerializer.SerializeToElement(paused), 0, Now);

        Assert.True(mapped.Standard!.PausedForStarts);
        Assert.Equal(StandardStatus.ApprovedForDelivery, mapped.Standard.Status);
    }

    [Fact]
    public void Options_ComeFromBothOptionFields()
    {
        var mapped = Map("ST0116", "1.2", r =>
        {
            r["options"] = new JsonArray(new JsonObject { ["optionId"] = "x", ["title"] = "Accounting", ["occupationCode"] = "OCC1" });
            r["optionsUnstructuredTemplate"] = new JsonArray("Tax", "accounting");
        });

        Assert.Equal(["Accounting", "Tax"], mapped.Standard!.Options);
    }

    [Fact]
    public void ContentHash_IgnoresFieldsThatFlipByThemselves()
    {
        var a = Map("ST0116", "1.2", r => r["clusterDescription"] = null);
        var b = Map("ST0116", "1.2", r =>
        {
            r["clusterDescription"] = "Something";
            r["lastUpdated"] = "2030-01-01T00:00:00 +00:00";
            r["tbMainContact"] = "someone@example.org";
        });
        var c = Map("ST0116", "1.2", r => r["title"] = "Software engineer");

        Assert.Equal(a.Standard!.ContentHash, b.Standard!.ContentHash);
        Assert.NotEqual(a.Standard.ContentHash, c.Standard!.ContentHash);
        Assert.Equal(["title"], StandardContent.ChangedFields(a.Standard, c.Standard));
    }

    [Fact]
    public void MissingRequiredField_IsFoundBeforeMapping()
    {
        var record = (JsonObject)FeedFixtures.Record(Feed, "ST0116", "1.2").DeepClone();
        record.Remove("referenceNumber");

        Assert.Equal("referenceNumber", FeedRecordMapper.MissingRequiredField(JsonSerializer.SerializeToElement(record)));
        Assert.Null(FeedRecordMapper.MissingRequiredField(JsonSerializer.SerializeToElement(FeedFixtures.Record(Feed, "ST0116", "1.2"))));
    }
}
