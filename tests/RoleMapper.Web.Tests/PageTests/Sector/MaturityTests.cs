namespace RoleMapper.Web.Tests.PageTests.Sector;

/// <summary>Who may see /sector/maturity and /sector/workforce; what they show is in <see cref="SectorFiguresTests"/>.</summary>
public abstract class MaturityTests(HostFixture host)
{
    [Collection(WebCollection.Name)] public sealed class OnSqlite(HostFixture host) : MaturityTests(host);
    [Collection(PostgresWebCollection.Name)] public sealed class OnPostgres(PostgresWebHostFixture host) : MaturityTests(host);

    [Theory]
    [InlineData("/sector/maturity")]
    [InlineData("/sector/workforce")]
    public async Task SectorPages_AreForbiddenToCouncilUsers_AndNeedSignIn(string path)
    {
        var council = await host.CouncilAsync();
        var admin = await host.SignedInAsync(council.AdminEmail);

        using var asCouncil = await admin.GetAsync(path);
        using var anonymous = await host.NewClient().GetAsync(path);

        Assert.StartsWith("/account/access-denied", asCouncil.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/account/sign-in", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetPageAsync(asCouncil.Headers.Location!.PathAndQuery)).Status);
    }
}
