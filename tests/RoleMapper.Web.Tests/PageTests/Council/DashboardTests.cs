namespace RoleMapper.Web.Tests.PageTests.Council;

/// <summary>The dashboard's role figures: counts, posts, coverage by roles and by posts, needs review.</summary>
public abstract class DashboardTests(HostFixture host)
{
    [Collection(WebCollection.Name)] public sealed class OnSqlite(HostFixture host) : DashboardTests(host);
    [Collection(PostgresWebCollection.Name)] public sealed class OnPostgres(PostgresWebHostFixture host) : DashboardTests(host);

    [Fact]
    public async Task Get_Dashboard_ShowsCoverageByRolesAndByPosts()
    {
        var council = await host.CouncilAsync();
        await using (var db = host.CouncilContext(council))
        {
            db.JobRoles.AddRange(
                Confirmed("Software Developer", 15, needsReview: true),
                new JobRole { Title = "Team Leader", Headcount = 45, Status = MappingStatus.Suggested },
                new JobRole { Title = "Clerk", Status = MappingStatus.Unmapped },
                // Confirmed without a standard does not count as covered (the export's definition).
                new JobRole { Title = "Odd one", Headcount = 20, Status = MappingStatus.Confirmed });
            await db.SaveChangesAsync();
        }
        var admin = await host.SignedInAsync(council.AdminEmail);

        var page = await admin.GetPageAsync("/council");

        Assert.Equal(["4 job roles", "80 posts (1 role without a number)", "25% of roles have a confirmed standard", "18% of posts have a confirmed standard"],
            page.All("[data-testid=role-figures] li"));
        Assert.Equal(["Confirmed: 1", "Suggested, not yet confirmed: 1", "Unmapped: 1", "No suitable standard: 0"], page.All("[data-testid=status-counts] li"));
        Assert.StartsWith("1 role needs review", page.All("[data-testid=needs-review]").Single(), StringComparison.Ordinal);
        Assert.Equal("/council/roles?show=review", page.One("[data-testid=needs-review] a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_Dashboard_RoundsSharesAsTheMaturityEvidenceDoes()
    {
        var council = await host.CouncilAsync();
        await using (var db = host.CouncilContext(council))
        {
            // 16 of 22 roles and 270 of 311 posts: 72.7% and 86.8%, which the maturity evidence gives as 72% and 86%.
            db.JobRoles.AddRange(Enumerable.Range(1, 16).Select(i => Confirmed($"Confirmed {i}", i == 1 ? 15 : 17, needsReview: false)));
            db.JobRoles.AddRange(Enumerable.Range(1, 6).Select(i => new JobRole { Title = $"Open {i}", Headcount = i == 1 ? 6 : 7, Status = MappingStatus.Unmapped }));
            await db.SaveChangesAsync();
        }
        var admin = await host.SignedInAsync(council.AdminEmail);

        var page = await admin.GetPageAsync("/council");

        Assert.Equal(["22 job roles", "311 posts", "72% of roles have a confirmed standard", "86% of posts have a confirmed standard"],
            page.All("[data-testid=role-figures] li"));
    }

    [Fact]
    public async Task Get_Dashboard_WithNoRoles_SaysHowToStart()
    {
        var council = await host.CouncilAsync();
        var admin = await host.SignedInAsync(council.AdminEmail);

        var page = await admin.GetPageAsync("/council");

        Assert.NotNull(page.One("[data-testid=roles-panel] a[href='/council/roles/import']"));
        Assert.Null(page.One("[data-testid=role-figures]"));
    }

    private static JobRole Confirmed(string title, int headcount, bool needsReview) => new()
    {
        Title = title, Headcount = headcount, Status = MappingStatus.Confirmed, NeedsReview = needsReview,
        Standards = [new RoleStandard { Reference = "ST0116", Kind = RoleStandardKind.Primary, VersionWhenDecided = "1.2" }],
    };
}
