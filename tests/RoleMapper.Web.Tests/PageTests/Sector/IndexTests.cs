using Microsoft.AspNetCore.Identity;

namespace RoleMapper.Web.Tests.PageTests.Sector;

public abstract class IndexTests(HostFixture host)
{
    [Collection(WebCollection.Name)] public sealed class OnSqlite(HostFixture host) : IndexTests(host);
    [Collection(PostgresWebCollection.Name)] public sealed class OnPostgres(PostgresWebHostFixture host) : IndexTests(host);

    [Fact]
    public async Task Get_SectorEmailFromConfiguration_SeesTheOverview()
    {
        var client = await host.SignedInSectorAsync();

        var page = await client.GetPageAsync("/sector");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Sector overview", page.H1);
    }

    [Fact]
    public async Task Get_CouncilAdmin_IsForbidden()
    {
        var council = await host.CouncilAsync();
        var client = await host.SignedInAsync(council.AdminEmail);

        using var response = await client.GetAsync("/sector");

        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Get_CouncilAdmin_IsToldWhoGrantsTheSectorRole()
    {
        var council = await host.CouncilAsync();
        var client = await host.SignedInAsync(council.AdminEmail);

        using var response = await client.GetAsync("/sector/maturity");
        var denied = await client.GetPageAsync(response.Headers.Location!.PathAndQuery);

        Assert.Equal(HttpStatusCode.Forbidden, denied.Status);
        var words = denied.All("[data-testid=who-grants]").Single();
        Assert.Contains("Your council's admins cannot give access to it", words, StringComparison.Ordinal);
        Assert.Contains("rolemapper users grant-sector", words, StringComparison.Ordinal);
        Assert.DoesNotContain("ask one of your council's admins", denied.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Grant_ByTheCommandLineRule_OpensTheOverview()
    {
        var council = await host.CouncilAsync();
        using (var scope = host.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CouncilUser>>();
            Assert.Equal(SectorRole.GrantResult.Granted, await SectorRole.GrantAsync(users, council.AdminEmail));
            Assert.Equal(SectorRole.GrantResult.AlreadyGranted, await SectorRole.GrantAsync(users, council.AdminEmail));
            Assert.Equal(SectorRole.GrantResult.NoSuchUser, await SectorRole.GrantAsync(users, "nobody@nowhere.example"));
        }
        var client = await host.SignedInAsync(council.AdminEmail);

        var page = await client.GetPageAsync("/sector");

        Assert.Equal(HttpStatusCode.OK, page.Status);
    }
}
