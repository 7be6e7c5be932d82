using RoleMapper.Core.Matching;

namespace RoleMapper.Web.Tests.PageTests.Council.Roles;

/// <summary>The role list: filters and paging done by the database.</summary>
public abstract class IndexTests(HostFixture host)
{
    [Collection(WebCollection.Name)] public sealed class OnSqlite(HostFixture host) : IndexTests(host);
    [Collection(PostgresWebCollection.Name)] public sealed class OnPostgres(PostgresWebHostFixture host) : IndexTests(host);

    [Theory]
    [InlineData("show=unmapped", "Unmapped role")]
    [InlineData("show=low", "Low role")]
    [InlineData("show=high", "High role")]
    [InlineData("show=review", "Review role")]
    [InlineData("show=confirmed", "Review role")]
    [InlineData("show=none", "None role")]
    [InlineData("area=Planning", "High role")]
    [InlineData("q=LOW", "Low role")]
    [InlineData("q=pool", "None role")]
    public async Task Get_Filtered_ShowsOnlyMatchingRoles(string query, string expected)
    {
        var council = await host.CouncilAsync();
        await StoreAsync(council,
            new JobRole { Title = "Unmapped role", Status = MappingStatus.Unmapped },
            new JobRole { Title = "Low role", Status = MappingStatus.Suggested, SuggestedReference = "ST0116", SuggestedConfidence = Confidence.Low },
            new JobRole { Title = "High role", ServiceArea = "Planning", Status = MappingStatus.Suggested, SuggestedReference = "ST0536", SuggestedConfidence = Confidence.High },
            new JobRole { Title = "Review role", Status = MappingStatus.Confirmed, NeedsReview = true, ReviewReason = "ST0116 moved" },
            new JobRole { Title = "None role", Department = "Pools", Status = MappingStatus.NoSuitableStandard });
        var admin = await host.SignedInAsync(council.AdminEmail);

        var page = await admin.GetPageAsync("/council/roles?" + query);

        Assert.Equal([expected], page.All("tbody td[data-label='Job title'] a"));
    }

    [Fact]
    public async Task Get_ManyRoles_PagesInFifties()
    {
        var council = await host.CouncilAsync();
        await StoreAsync(council, Enumerable.Range(1, 60).Select(i => new JobRole { Title = $"Officer {i:00}" }).ToArray());
        var admin = await host.SignedInAsync(council.AdminEmail);

        var second = await admin.GetPageAsync("/council/roles?page=2");

        Assert.Equal("Showing 51 to 60 of 60 roles.", second.One("[data-testid=roles-count]")!.TextContent.Trim());
        Assert.Equal("Officer 51", second.All("tbody td[data-label='Job title'] a").First());
    }

    [Fact]
    public async Task Get_UnknownFilterValue_IsIgnored()
    {
        var council = await host.CouncilAsync();
        await StoreAsync(council, new JobRole { Title = "Clerk" });
        var admin = await host.SignedInAsync(council.AdminEmail);

        var page = await admin.GetPageAsync("/council/roles?show=<script>&page=-3");

        Assert.Equal(["Clerk"], page.All("tbody td[data-label='Job title'] a"));
    }

    [Fact]
    public async Task Get_NoRoles_SaysHowToStart()
    {
        var council = await host.CouncilAsync();
        var admin = await host.SignedInAsync(council.AdminEmail);

        var page = await admin.GetPageAsync("/council/roles");

        Assert.Contains("Your council has no roles yet", page.Text);
    }

    /// <summary>Saved as given, without running the matcher: these tests are about filters, not suggestions.</summary>
    private async Task StoreAsync(TestCouncil council, params JobRole[] roles)
    {
        await using var db = host.CouncilContext(council);
        db.JobRoles.AddRange(roles);
        await db.SaveChangesAsync();
    }
}
