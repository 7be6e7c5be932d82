namespace RoleMapper.Web.Tests.PageTests.Account;

[Collection(WebCollection.Name)]
public sealed class RegisterTests(HostFixture host)
{
    [Fact]
    public async Task Post_NewCouncil_CreatesCouncilAndAdminAndShowsTheDashboard()
    {
        var client = host.NewClient();
        var name = "Barsetshire " + Guid.NewGuid().ToString("N")[..6] + " County Council";
        var email = A.UniqueEmail("registrar");

        var dashboard = await client.SubmitAndFollowAsync(await client.GetPageAsync("/account/register"), "main form",
            ("Input.CouncilName", "  " + name + " "), ("Input.Type", "County"), ("Input.Region", "SouthWest"),
            ("Input.Email", email), ("Input.Password", HostFixture.Password), ("Input.ConfirmPassword", HostFixture.Password));

        Assert.Equal("/council", dashboard.Path);
        Assert.Equal(name, dashboard.One("[data-testid=council-name]")!.TextContent);
        await using var db = host.NewContext();
        var council = await db.Organisations.SingleAsync(o => o.Name == name);
        Assert.Equal((OrganisationType.County, EnglishRegion.SouthWest), (council.Type, council.Region));
        var user = await db.Users.SingleAsync(u => u.Email == email);
        Assert.Equal((council.Id, CouncilRole.Admin), (user.OrganisationId, user.CouncilRole));
        Assert.False(await db.UserRoles.AnyAsync(r => r.UserId == user.Id), "registration never grants a role such as Sector");
    }

    [Fact]
    public async Task Post_NameAlreadyRegisteredInAnotherCase_RefusesAndCreatesNothing()
    {
        var existing = await host.CouncilAsync();
        var client = host.NewClient();
        var email = A.UniqueEmail();

        var page = await client.SubmitAndFollowAsync(await client.GetPageAsync("/account/register"), "main form",
            ("Input.CouncilName", existing.Name.ToUpperInvariant()), ("Input.Type", "District"), ("Input.Region", "London"),
            ("Input.Email", email), ("Input.Password", HostFixture.Password), ("Input.ConfirmPassword", HostFixture.Password));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains($"{existing.Name.ToUpperInvariant()} is already registered. Ask one of its admins to invite you.", page.Errors);
        await using var db = host.NewContext();
        Assert.False(await db.Users.AnyAsync(u => u.Email == email));
    }

    [Fact]
    public async Task Post_EmptyForm_ListsEveryProblemAtTheTop()
    {
        var client = host.NewClient();

        // As a browser sends it: every text field and the select, empty; no radio chosen.
        var page = await client.SubmitAndFollowAsync(await client.GetPageAsync("/account/register"), "main form",
            ("Input.CouncilName", ""), ("Input.Region", ""), ("Input.Email", ""), ("Input.Password", ""), ("Input.ConfirmPassword", ""));

        string[] expected = ["Enter your council's name", "Select the type of council", "Select your council's region",
            "Enter your email address", "Enter a password", "Enter your password again"];
        Assert.Equal(expected.Order(), page.Errors.Order());
        // Each message links to its field, and the field is marked.
        foreach (var href in page.Document.QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href")!))
        {
            Assert.NotNull(page.One(href));
        }
        Assert.Equal(6, page.All(".form-group--error").Count());
    }

    [Fact]
    public async Task Post_ShortPassword_RefusesAndCreatesNoCouncil()
    {
        var client = host.NewClient();
        var name = "Short Password Council " + Guid.NewGuid().ToString("N")[..6];

        var page = await client.SubmitAndFollowAsync(await client.GetPageAsync("/account/register"), "main form",
            ("Input.CouncilName", name), ("Input.Type", "Unitary"), ("Input.Region", "London"),
            ("Input.Email", A.UniqueEmail()), ("Input.Password", "short"), ("Input.ConfirmPassword", "short"));

        Assert.Contains("Your password must be at least 12 characters long", page.Errors);
        await using var db = host.NewContext();
        Assert.False(await db.Organisations.AnyAsync(o => o.Name == name));
    }

    [Fact]
    public async Task Post_PasswordIdentityRejects_RollsBackTheCouncil()
    {
        var client = host.NewClient();
        var name = "Rolled Back Council " + Guid.NewGuid().ToString("N")[..6];
        const string repetitive = "aaaaaaaaaaaaaa";

        var page = await client.SubmitAndFollowAsync(await client.GetPageAsync("/account/register"), "main form",
            ("Input.CouncilName", name), ("Input.Type", "Unitary"), ("Input.Region", "London"),
            ("Input.Email", A.UniqueEmail()), ("Input.Password", repetitive), ("Input.ConfirmPassword", repetitive));

        Assert.Single(page.Errors, e => e.Contains("different characters", StringComparison.Ordinal));
        await using var db = host.NewContext();
        Assert.False(await db.Organisations.AnyAsync(o => o.Name == name));
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRejected()
    {
        using var response = await host.NewClient().PostAsync("/account/register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.CouncilName"] = "Forged Council", ["Input.Type"] = "County", ["Input.Region"] = "London",
            ["Input.Email"] = A.UniqueEmail(), ["Input.Password"] = HostFixture.Password, ["Input.ConfirmPassword"] = HostFixture.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = host.NewContext();
        Assert.False(await db.Organisations.AnyAsync(o => o.Name == "Forged Council"));
    }
}
