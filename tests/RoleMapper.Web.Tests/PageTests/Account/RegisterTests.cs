namespace RoleMapper.Web.Tests.PageTests.Account;

public abstract class RegisterTests(HostFixture host)
{
    [Collection(WebCollection.Name)] public sealed class OnSqlite(HostFixture host) : RegisterTests(host);
    [Collection(PostgresWebCollection.Name)] public sealed class OnPostgres(PostgresWebHostFixture host) : RegisterTests(host);

    [Fact]
    public async Task Get_OffersEveryCurrentCouncilOfTheList_AndNoPastOrCombinedAuthority()
    {
        var page = await host.NewClient().GetPageAsync("/account/register");

        var options = page.All("#Input_Council option").ToList();
        var codes = page.Document.QuerySelectorAll("#Input_Council option").Select(o => o.GetAttribute("value")).ToList();
        // 317 councils on the list's commit, and the empty "Choose" option.
        Assert.Equal(318, options.Count);
        Assert.Contains("Adur District Council (District council, South East)", options);
        Assert.Contains("E07000223", codes);
        Assert.DoesNotContain("E07000026", codes); // Allerdale, abolished in 2023
        Assert.DoesNotContain("E47000001", codes); // Greater Manchester, a combined authority
    }

    [Fact]
    public async Task Post_ListedCouncil_CreatesItUnverified_WithTheListsNameTypeAndRegion_AndTheDashboardSaysSo()
    {
        var council = await host.UnregisteredCouncilAsync();
        var client = host.NewClient();
        var email = A.UniqueEmail("registrar");

        var dashboard = await client.RegisterAsync(council.OnsCode, email);

        Assert.Equal("/council", dashboard.Path);
        Assert.Equal(council.Name, dashboard.One("[data-testid=council-name]")!.TextContent);
        Assert.Contains("left out of every sector figure", dashboard.One("[data-testid=unverified-notice]")!.TextContent, StringComparison.Ordinal);
        await using var db = host.NewContext();
        var stored = await db.Organisations.SingleAsync(o => o.OnsCode == council.OnsCode);
        Assert.Equal((council.Name, council.Type, council.Region, OrganisationStatus.Unverified), (stored.Name, stored.Type, stored.Region, stored.Status));
        var user = await db.Users.SingleAsync(u => u.Email == email);
        Assert.Equal((stored.Id, CouncilRole.Admin), (user.OrganisationId, user.CouncilRole));
        Assert.False(await db.UserRoles.AnyAsync(r => r.UserId == user.Id), "registration never grants a role such as Sector");
        var log = await db.CouncilLog.SingleAsync(e => e.OrganisationId == stored.Id);
        Assert.Equal((CouncilLogAction.Registered, email), (log.Action, log.ByEmail));
    }

    [Theory]
    [InlineData("E07000026")] // Allerdale: a past council
    [InlineData("E47000001")] // a combined authority
    [InlineData("Barsetshire")] // a name typed instead of picked
    public async Task Post_ACouncilNotOfferedByTheList_IsRefused_AndNothingIsCreated(string council)
    {
        var client = host.NewClient();
        var email = A.UniqueEmail();

        var page = await client.RegisterAsync(council, email);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["Select your council from the list"], page.Errors);
        await using var db = host.NewContext();
        Assert.False(await db.Users.AnyAsync(u => u.Email == email));
        Assert.False(await db.Organisations.AnyAsync(o => o.OnsCode == council));
    }

    [Fact]
    public async Task Post_EmptyForm_ListsEveryProblemAtTheTop()
    {
        var client = host.NewClient();

        // As a browser sends it: every text field and the select, empty.
        var page = await client.SubmitAndFollowAsync(await client.GetPageAsync("/account/register"), "main form",
            ("Input.Council", ""), ("Input.Email", ""), ("Input.Password", ""), ("Input.ConfirmPassword", ""));

        string[] expected = ["Select your council", "Enter your email address", "Enter a password", "Enter your password again"];
        Assert.Equal(expected.Order(), page.Errors.Order());
        // Each message links to its field, and the field is marked.
        foreach (var href in page.Document.QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href")!))
        {
            Assert.NotNull(page.One(href));
        }
        Assert.Equal(4, page.All(".form-group--error").Count());
    }

    [Fact]
    public async Task Post_ShortPassword_RefusesAndCreatesNoCouncil()
    {
        var council = await host.UnregisteredCouncilAsync();

        var page = await host.NewClient().RegisterAsync(council.OnsCode, A.UniqueEmail(), "short");

        Assert.Contains("Your password must be at least 12 characters long", page.Errors);
        await using var db = host.NewContext();
        Assert.False(await db.Organisations.AnyAsync(o => o.OnsCode == council.OnsCode));
    }

    [Fact]
    public async Task Post_PasswordIdentityRejects_RollsBackTheCouncil()
    {
        var council = await host.UnregisteredCouncilAsync();

        var page = await host.NewClient().RegisterAsync(council.OnsCode, A.UniqueEmail(), "aaaaaaaaaaaaaa");

        Assert.Single(page.Errors, e => e.Contains("different characters", StringComparison.Ordinal));
        await using var db = host.NewContext();
        Assert.False(await db.Organisations.AnyAsync(o => o.OnsCode == council.OnsCode));
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRejected()
    {
        var council = await host.UnregisteredCouncilAsync();
        using var response = await host.NewClient().PostAsync("/account/register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Council"] = council.OnsCode, ["Input.Email"] = A.UniqueEmail(),
            ["Input.Password"] = HostFixture.Password, ["Input.ConfirmPassword"] = HostFixture.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = host.NewContext();
        Assert.False(await db.Organisations.AnyAsync(o => o.OnsCode == council.OnsCode));
    }
}
