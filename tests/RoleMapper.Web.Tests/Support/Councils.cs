using Microsoft.AspNetCore.Identity;

namespace RoleMapper.Web.Tests.Support;

/// <summary>A council made for one test, with its first admin, and the people and invitations added to it.</summary>
public sealed record TestCouncil(int Id, string Name, string AdminEmail, string AdminId);

/// <summary>
/// Test data builders: councils, people and invitations written straight to the database with sensible defaults, so a
/// test states only what matters to it. Names and addresses are unique, so tests never see each other's data.
/// </summary>
public static class A
{
    public static string UniqueEmail(string who = "person") => $"{who}.{Guid.NewGuid():N}@council.example";

    public static async Task<TestCouncil> CouncilAsync(this HostFixture host, string? name = null,
        OrganisationType type = OrganisationType.District, EnglishRegion region = EnglishRegion.SouthWest)
    {
        name ??= "Test Council " + Guid.NewGuid().ToString("N")[..8];
        await using var db = host.NewContext();
        var council = new Organisation { Name = name, NormalizedName = Organisation.Normalize(name), Type = type, Region = region, CreatedUtc = host.UtcNow };
        db.Organisations.Add(council);
        await db.SaveChangesAsync();
        var adminEmail = UniqueEmail("admin");
        var adminId = await host.PersonAsync(council.Id, adminEmail, CouncilRole.Admin);
        return new TestCouncil(council.Id, name, adminEmail, adminId);
    }

    /// <summary>Adds a person with the fixture's password; returns their user id.</summary>
    public static async Task<string> PersonAsync(this HostFixture host, int? organisationId, string email, CouncilRole role = CouncilRole.Member)
    {
        using var scope = host.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CouncilUser>>();
        var user = new CouncilUser { UserName = email, Email = email, OrganisationId = organisationId, CouncilRole = role, CreatedUtc = host.UtcNow };
        var result = await users.CreateAsync(user, HostFixture.Password);
        return result.Succeeded ? user.Id : throw new InvalidOperationException(string.Join(' ', result.Errors.Select(e => e.Description)));
    }

    /// <summary>An invitation of the council, pending unless told otherwise; returns its id and the link's token.</summary>
    public static async Task<(int Id, string Token)> InvitationAsync(this HostFixture host, TestCouncil council,
        TimeSpan? expiresIn = null, string? email = null)
    {
        await using var db = host.NewContext();
        db.ScopeToOrganisation(council.Id);
        var (token, hash) = InviteToken.Create();
        var invitation = new Invitation
        {
            Email = email ?? UniqueEmail("invited"), TokenHash = hash, CreatedByUserId = council.AdminId,
            CreatedUtc = host.UtcNow, ExpiresUtc = host.UtcNow + (expiresIn ?? TimeSpan.FromDays(7)),
        };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync();
        return (invitation.Id, token);
    }

    /// <summary>A new member (not admin) of the council, signed in.</summary>
    public static async Task<HttpClient> SignedInMemberAsync(this HostFixture host, TestCouncil council)
    {
        var email = UniqueEmail("member");
        await host.PersonAsync(council.Id, email);
        return await host.SignedInAsync(email);
    }

    /// <summary>A client signed in through the real sign-in page.</summary>
    public static async Task<HttpClient> SignedInAsync(this HostFixture host, string email)
    {
        var client = host.NewClient();
        var page = await client.GetPageAsync("/account/sign-in");
        using var response = await client.SubmitAsync(page, "main form", ("Input.Email", email), ("Input.Password", HostFixture.Password));
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed: {response.StatusCode}");
        }
        return client;
    }
}
