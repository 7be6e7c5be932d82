using System.Globalization;
using RoleMapper.Core.Export;
using RoleMapper.Core.Matching;
using RoleMapper.Search;

namespace RoleMapper.Web.Tests.PageTests.Council;

/// <summary>
/// An admin of council A tries every council-owned address with council B's ids. Each must be "not found" and change
/// nothing. Add a row here for every council-owned page the workspace gains.
/// </summary>
public abstract class TenancyTests(HostFixture host)
{
    [Collection(WebCollection.Name)] public sealed class OnSqlite(HostFixture host) : TenancyTests(host);
    [Collection(PostgresWebCollection.Name)] public sealed class OnPostgres(PostgresWebHostFixture host) : TenancyTests(host);

    [Fact]
    public async Task EveryCouncilOwnedAddress_WithAnotherCouncilsId_IsNotFoundAndChangesNothing()
    {
        var a = await host.CouncilAsync();
        var b = await host.CouncilAsync();
        var (bInvitation, bToken) = await host.InvitationAsync(b);
        var bMemberId = await host.PersonAsync(b.Id, A.UniqueEmail("b-member"));
        var (bRole, bUpload) = await RoleAndUploadAsync(b);
        var bAssessment = await AssessmentAsync(b);
        var adminOfA = await host.SignedInAsync(a.AdminEmail);
        // A's own page gives a real form token to replay against B's addresses.
        var ownPage = await adminOfA.GetPageAsync($"/council/users/{a.AdminId}");
        var token = ownPage.One("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        (HttpMethod Method, string Path, (string, string)[] Form)[] attempts =
        [
            (HttpMethod.Get, $"/council/invites/{bInvitation}", []),
            (HttpMethod.Post, $"/council/invites/{bInvitation}", []),
            (HttpMethod.Get, $"/council/users/{bMemberId}", []),
            (HttpMethod.Get, $"/council/users/{b.AdminId}", []),
            (HttpMethod.Post, $"/council/users/{bMemberId}?handler=Role", [("Role", "Admin")]),
            (HttpMethod.Post, $"/council/users/{b.AdminId}?handler=Role", [("Role", "Member")]),
            (HttpMethod.Post, $"/council/users/{bMemberId}?handler=Remove", []),
            (HttpMethod.Get, $"/council/roles/{bRole}", []),
            (HttpMethod.Get, $"/council/roles/{bRole}/edit", []),
            (HttpMethod.Post, $"/council/roles/{bRole}/edit", [("Input.Title", "Taken over")]),
            (HttpMethod.Get, $"/council/roles/{bRole}/delete", []),
            (HttpMethod.Post, $"/council/roles/{bRole}/delete", []),
            (HttpMethod.Post, $"/council/roles/{bRole}?handler=Confirm", [("Reference", "ST0116")]),
            (HttpMethod.Post, $"/council/roles/{bRole}?handler=Alternative", [("Reference", "ST0116")]),
            (HttpMethod.Post, $"/council/roles/{bRole}?handler=Reject", [("Reference", "ST0116")]),
            (HttpMethod.Post, $"/council/roles/{bRole}?handler=Remove", [("Reference", "ST0116")]),
            (HttpMethod.Post, $"/council/roles/{bRole}?handler=NoSuitable", []),
            (HttpMethod.Get, $"/council/roles/import/{bUpload}", []),
            (HttpMethod.Post, $"/council/roles/import/{bUpload}", []),
            (HttpMethod.Get, $"/council/maturity/{bAssessment}", []),
            (HttpMethod.Get, $"/council/maturity/summary?id={bAssessment}", []),
        ];
        await AssertNotFoundAsync(adminOfA, token, attempts, b.AdminEmail, BEvidence);

        await using var db = host.NewContext();
        db.ScopeToOrganisation(b.Id);
        var invitation = await db.Invitations.SingleAsync(i => i.Id == bInvitation);
        Assert.Null(invitation.RevokedUtc);
        Assert.Equal(CouncilRole.Member, await db.Users.Where(u => u.Id == bMemberId).Select(u => u.CouncilRole).SingleAsync());
        Assert.Equal(CouncilRole.Admin, await db.Users.Where(u => u.Id == b.AdminId).Select(u => u.CouncilRole).SingleAsync());
        Assert.Equal(HttpStatusCode.OK, (await host.NewClient().GetPageAsync($"/invite/{bToken}")).Status);
        var role = await db.JobRoles.Include(r => r.Standards).SingleAsync(r => r.Id == bRole);
        Assert.Equal(("Software Developer", MappingStatus.Suggested, 0), (role.Title, role.Status, role.Standards.Count));
        Assert.Equal(1, await db.JobRoles.CountAsync());
        Assert.True(await db.RoleUploads.AnyAsync(u => u.Id == bUpload));
    }

    [Fact]
    public async Task RoleListsAndBulkConfirmation_OnlyEverTouchThisCouncilsRoles()
    {
        // A title the matcher is sure of, asked now rather than assumed: the matcher's model may be refitted.
        var sure = new[] { "Software Developer", "Social Worker", "Chartered Town Planner", "Team Leader" }
            .First(t => host.Match(t).Best?.Confidence == Confidence.High);
        var a = await host.CouncilAsync();
        var b = await host.CouncilAsync();
        await host.RolesAsync(a, sure);
        var rolesOfB = await host.RolesAsync(b, sure, "Bricklayer");
        var adminOfA = await host.SignedInAsync(a.AdminEmail);

        var list = await adminOfA.GetPageAsync("/council/roles");
        // A's ticked role, and B's roles' ids posted as if ticked: a tampered form.
        var ask = await adminOfA.GetPageAsync("/council/roles/confirm-high");
        await adminOfA.SubmitAndFollowAsync(ask, "main form", [.. ask.TickedRoles(), .. rolesOfB.Select(Workspace.Ticked)]);
        var dashboard = await adminOfA.GetPageAsync("/council");

        Assert.Equal([sure], list.All("tbody td[data-label='Job title'] a"));
        Assert.Equal("1 job role", dashboard.All("[data-testid=role-figures] li").First());
        await using (var dbOfA = host.CouncilContext(a))
        {
            Assert.True(await dbOfA.JobRoles.AllAsync(r => r.Status == MappingStatus.Confirmed));
        }
        await using var db = host.CouncilContext(b);
        Assert.False(await db.JobRoles.AnyAsync(r => r.Status == MappingStatus.Confirmed));
    }

    /// <summary>A suggested role of the council, and a role file it is previewing.</summary>
    private async Task<(int Role, int Upload)> RoleAndUploadAsync(TestCouncil council)
    {
        var role = (await host.RolesAsync(council, "Software Developer")).Single();
        await using var workspace = host.WorkspaceFor(council);
        var upload = await workspace.Uploads.KeepAsync(new MemoryStream(Workspace.Csv(Workspace.SmallRoleFile)), "roles.csv", council.AdminId, default);
        return (role.Id, upload.Id!.Value);
    }

    private const string BEvidence = "Council B's own board paper";

    private async Task<int> AssessmentAsync(TestCouncil council)
    {
        await using var db = host.CouncilContext(council);
        var record = db.AddAssessment(new DateOnly(2026, 1, 1), ["procurement.developing.approach", "procurement.developing.joint-procurement"], null,
            new Dictionary<string, string> { ["procurement.developing.approach"] = BEvidence });
        await db.SaveChangesAsync();
        return record.Id;
    }

    [Fact]
    public async Task MaturityPages_ShowOnlyThisCouncilsAssessments()
    {
        var a = await host.CouncilAsync();
        var b = await host.CouncilAsync();
        await AssessmentAsync(b);
        var adminOfA = await host.SignedInAsync(a.AdminEmail);

        foreach (var path in new[] { "/council/maturity", "/council/maturity/new", "/council/maturity/summary", "/council" })
        {
            var page = await adminOfA.GetPageAsync(path);

            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.DoesNotContain(BEvidence, page.Text, StringComparison.Ordinal);
            Assert.Empty(page.Document.QuerySelectorAll("input[name='Input.Met'][checked]"));
            Assert.DoesNotContain("Developing", page.Document.QuerySelector("[data-testid=stages]")?.TextContent ?? "", StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SkillsGapsAndExports_WithAnotherCouncilsId_AreNotFoundAndChangeNothing()
    {
        var a = await host.CouncilAsync();
        var b = await host.CouncilAsync();
        int bGap, bExport;
        await using (var db = host.CouncilContext(b))
        {
            var gap = Seed.Gap("Secret gap of council B");
            db.SkillsGaps.Add(gap);
            var made = await MapExports.MakeAsync(db, MaturityForms.Model, TimeProvider.System, b.AdminId, b.AdminEmail, default);
            db.MapExports.Add(made.Export);
            await db.SaveChangesAsync();
            (bGap, bExport) = (gap.Id, made.Export.Id);
        }
        var adminOfA = await host.SignedInAsync(a.AdminEmail);
        var token = (await adminOfA.GetPageAsync("/council/gaps/new")).One("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        (string, string)[] validGap = [("Input.About", "ServiceArea"), ("Input.ServiceArea", "Waste"), ("Input.Description", "Taken over"),
            ("Input.Priority", "Low"), ("Input.Status", "Closed")];

        await AssertNotFoundAsync(adminOfA, token,
        [
            (HttpMethod.Get, $"/council/gaps/{bGap}", []),
            (HttpMethod.Post, $"/council/gaps/{bGap}", validGap),
            (HttpMethod.Post, $"/council/gaps/{bGap}?handler=Search", [("Input.StandardSearch", "accountant")]),
            (HttpMethod.Get, $"/council/gaps/{bGap}/delete", []),
            (HttpMethod.Post, $"/council/gaps/{bGap}/delete", []),
            (HttpMethod.Get, $"/council/exports/{bExport}", []),
        ], "Secret gap of council B");
        Assert.NotNull((await adminOfA.GetPageAsync("/council/exports")).One("[data-testid=no-exports]"));
        Assert.DoesNotContain("Secret gap of council B", (await adminOfA.GetPageAsync("/council/gaps")).Document.Body!.TextContent, StringComparison.Ordinal);

        await using var check = host.CouncilContext(b);
        var unchanged = await check.SkillsGaps.SingleAsync(g => g.Id == bGap);
        Assert.Equal(("Secret gap of council B", GapStatus.Open), (unchanged.Description, unchanged.Status));
    }

    /// <summary>Sends each request with a real form token of A's; each must be "not found" and show none of B's secrets.</summary>
    private static async Task AssertNotFoundAsync(HttpClient client, string token,
        (HttpMethod Method, string Path, (string, string)[] Form)[] attempts, params string[] secrets)
    {
        foreach (var (method, path, form) in attempts)
        {
            using var request = new HttpRequestMessage(method, path);
            if (method == HttpMethod.Post)
            {
                request.Content = new FormUrlEncodedContent(form.Append(("__RequestVerificationToken", token))
                    .Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));
            }
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();

            Assert.True(HttpStatusCode.NotFound == response.StatusCode, $"{method} {path} answered {response.StatusCode}");
            Assert.All(secrets, secret => Assert.DoesNotContain(secret, body, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Dashboard_CountsOnlyThisCouncilsInvitations()
    {
        var a = await host.CouncilAsync();
        var b = await host.CouncilAsync();
        await host.InvitationAsync(a);
        await host.InvitationAsync(b);
        await host.InvitationAsync(b);

        var page = await (await host.SignedInAsync(a.AdminEmail)).GetPageAsync("/council");

        Assert.Contains("1 invitation waiting", page.All(".stat-list li"));
    }

    [Fact]
    public async Task Context_WithNoCurrentOrganisation_SeesNoCouncilRecords()
    {
        var a = await host.CouncilAsync();
        await host.InvitationAsync(a);
        await using var db = host.NewContext();

        Assert.Null(db.CurrentOrganisationId);
        Assert.Equal(0, await db.Invitations.CountAsync());
        Assert.True(await db.Invitations.IgnoreQueryFilters([RoleMapperDbContext.OrganisationFilter]).AnyAsync(i => i.OrganisationId == a.Id));
    }

    [Fact]
    public async Task Context_ScopedToOneCouncil_SeesOnlyItsRecords()
    {
        var a = await host.CouncilAsync();
        var b = await host.CouncilAsync();
        var (aInvitation, _) = await host.InvitationAsync(a);
        await host.InvitationAsync(b);
        await using var db = host.NewContext();

        db.ScopeToOrganisation(a.Id);

        Assert.Equal([aInvitation], await db.Invitations.Select(i => i.Id).ToListAsync());
    }

    [Fact]
    public async Task Context_SavingAnotherCouncilsRecord_Throws()
    {
        var a = await host.CouncilAsync();
        var b = await host.CouncilAsync();
        await using var db = host.NewContext();
        db.ScopeToOrganisation(a.Id);

        db.Invitations.Add(new Invitation { OrganisationId = b.Id, Email = A.UniqueEmail(), TokenHash = InviteToken.Create().Hash, CreatedByUserId = a.AdminId });

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Context_SavingWithNoCurrentOrganisation_Throws()
    {
        await using var db = host.NewContext();

        db.Invitations.Add(new Invitation { Email = A.UniqueEmail(), TokenHash = InviteToken.Create().Hash, CreatedByUserId = "nobody" });

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }
}
