using System.Globalization;

namespace RoleMapper.Web.Tests.PageTests.Council;

/// <summary>Recording, changing and deleting skills gaps through the pages; roles are seeded straight into the database.</summary>
public abstract class GapsTests(HostFixture host)
{
    [Collection(WebCollection.Name)] public sealed class OnSqlite(HostFixture host) : GapsTests(host);
    [Collection(PostgresWebCollection.Name)] public sealed class OnPostgres(PostgresWebHostFixture host) : GapsTests(host);

    private string NextYear => host.Today.AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private string LastMonth => host.Today.AddMonths(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<(TestCouncil Council, HttpClient Admin, int DeveloperId)> CouncilWithRolesAsync()
    {
        var council = await host.CouncilAsync();
        await using var db = host.CouncilContext(council);
        var developer = Seed.Role("Systems developer", "ICT", 6).ConfirmedAs("ST0116", "ST0002");
        db.JobRoles.AddRange(developer, Seed.Role("Refuse loader", "Waste", 40));
        await db.SaveChangesAsync();
        return (council, await host.SignedInAsync(council.AdminEmail), developer.Id);
    }

    [Fact]
    public async Task Get_NewForARole_OffersTheRolesStandards()
    {
        var (_, admin, developerId) = await CouncilWithRolesAsync();

        var page = await admin.GetPageAsync($"/council/gaps/new?role={developerId}");

        Assert.Equal("Record a skills gap", page.H1);
        Assert.Equal(developerId.ToString(CultureInfo.InvariantCulture), page.One("#Input_RoleId option[selected]")!.GetAttribute("value"));
        Assert.Equal(["ST0116", "ST0002"], page.Document.QuerySelectorAll("input[name='Input.LinkedStandards']").Select(i => i.GetAttribute("value")));
        Assert.Contains("Software developer ST0116, level 4 · Confirmed for this role", page.All("#Input_LinkedStandards label"));
        Assert.Equal(["ICT", "Waste"], page.Document.QuerySelectorAll("#service-areas option").Select(o => o.GetAttribute("value")));
    }

    [Fact]
    public async Task Post_NewGapAgainstARole_SavesItAndListsIt()
    {
        var (council, admin, developerId) = await CouncilWithRolesAsync();
        var form = await admin.GetPageAsync($"/council/gaps/new?role={developerId}");

        var list = await admin.SubmitAndFollowAsync(form, "main form",
            ("Input.About", "Role"), ("Input.RoleId", developerId.ToString(CultureInfo.InvariantCulture)),
            ("Input.Description", "  Cloud platform skills  "), ("Input.Priority", "High"), ("Input.PostsAffected", "3"),
            ("Input.HardToFill", "true"), ("Input.LinkedStandards", "ST0116"), ("Input.LinkedStandards", "st0002"),
            ("Input.Status", "Open"), ("Input.TargetDate", NextYear));

        Assert.Equal("Skills gap recorded.", list.One("[data-testid=notice]")!.TextContent.Trim());
        Assert.Contains("Cloud platform skills", list.All("[data-testid=gaps] a"));
        await using var db = host.CouncilContext(council);
        var gap = await db.SkillsGaps.SingleAsync();
        Assert.Equal(("Cloud platform skills", developerId, "ICT", GapPriority.High, 3), (gap.Description, gap.JobRoleId.GetValueOrDefault(), gap.ServiceArea, gap.Priority, gap.PostsAffected.GetValueOrDefault()));
        Assert.Equal((true, false, GapStatus.Open, DateOnly.Parse(NextYear, CultureInfo.InvariantCulture)), (gap.HardToFill, gap.SuccessionRisk, gap.Status, gap.TargetDate.GetValueOrDefault()));
        Assert.Equal(["ST0116", "ST0002"], gap.LinkedStandards);
        Assert.Equal(council.AdminEmail, gap.CreatedByName);
    }

    [Fact]
    public async Task Post_Empty_ListsEveryProblemInFieldOrder_AndSavesNothing()
    {
        var (council, admin, _) = await CouncilWithRolesAsync();

        // What a browser posts for an untouched form: the empty text fields, no radio or checkbox.
        var page = await admin.SubmitAndFollowAsync(await admin.GetPageAsync("/council/gaps/new"), "main form",
            ("Input.ServiceArea", ""), ("Input.Description", ""), ("Input.PostsAffected", ""), ("Input.StandardSearch", ""), ("Input.TargetDate", ""));

        Assert.Equal(
        [
            "Choose whether the gap is about a job role or a whole service area", "Describe the skills gap", "Choose a priority", "Choose a status",
        ], page.Errors);
        await using var db = host.CouncilContext(council);
        Assert.Equal(0, await db.SkillsGaps.CountAsync());
    }

    [Theory]
    [InlineData("Role", "", "Choose the job role the gap is about")]
    [InlineData("Role", "999999", "Choose the job role the gap is about")]
    [InlineData("ServiceArea", "", "Enter the service area the gap is about")]
    public async Task Post_AboutWithoutItsRoleOrArea_IsAProblem(string about, string roleId, string error)
    {
        var (_, admin, _) = await CouncilWithRolesAsync();

        var page = await admin.SubmitAndFollowAsync(await admin.GetPageAsync("/council/gaps/new"), "main form",
            ("Input.About", about), ("Input.RoleId", roleId), ("Input.Description", "Gap"), ("Input.Priority", "Low"), ("Input.Status", "Open"));

        Assert.Equal([error], page.Errors);
    }

    [Fact]
    public async Task Post_RoleOfAnotherCouncil_IsAProblem()
    {
        var (_, _, otherRoleId) = await CouncilWithRolesAsync();
        var (_, admin, _) = await CouncilWithRolesAsync();

        var page = await admin.SubmitAndFollowAsync(await admin.GetPageAsync("/council/gaps/new"), "main form",
            ("Input.About", "Role"), ("Input.RoleId", otherRoleId.ToString(CultureInfo.InvariantCulture)), ("Input.Description", "Gap"),
            ("Input.Priority", "Low"), ("Input.Status", "Open"));

        Assert.Equal(["Choose the job role the gap is about"], page.Errors);
    }

    [Theory]
    [InlineData("Open", true)]
    [InlineData("PlanInPlace", true)]
    [InlineData("Closed", false)]
    public async Task Post_PastTargetDate_IsOnlyForClosedGaps(string status, bool problem)
    {
        var (council, admin, _) = await CouncilWithRolesAsync();

        var page = await admin.SubmitAndFollowAsync(await admin.GetPageAsync("/council/gaps/new"), "main form",
            ("Input.About", "ServiceArea"), ("Input.ServiceArea", "Waste"), ("Input.Description", "Gap"), ("Input.Priority", "Low"),
            ("Input.Status", status), ("Input.TargetDate", LastMonth));

        Assert.Equal(problem, page.Errors.Contains("The target date must be today or later. Only a closed gap can have a date in the past"));
        await using var db = host.CouncilContext(council);
        Assert.Equal(problem ? 0 : 1, await db.SkillsGaps.CountAsync());
    }

    [Fact]
    public async Task Post_UnknownStandardOrBadNumber_IsAProblem()
    {
        var (_, admin, _) = await CouncilWithRolesAsync();

        var page = await admin.SubmitAndFollowAsync(await admin.GetPageAsync("/council/gaps/new"), "main form",
            ("Input.About", "ServiceArea"), ("Input.ServiceArea", "Waste"), ("Input.Description", "Gap"), ("Input.Priority", "Low"),
            ("Input.PostsAffected", "0"), ("Input.LinkedStandards", "ST9999"), ("Input.Status", "Open"));

        Assert.Equal(
        [
            "Enter the number of posts affected as a whole number from 1 to 100,000",
            "ST9999 is not a standard in the feed. Untick it, or search for the standard",
        ], page.Errors);
    }

    /// <summary>Presses "Search standards": the whole form goes to the address in the button's formaction.</summary>
    private static async Task<WebPage> SearchAsync(HttpClient client, WebPage form, params (string Name, string Value)[] values)
    {
        var token = form.One("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var action = form.One("button[formaction]")!.GetAttribute("formaction")!;
        using var response = await client.PostAsync(action, new FormUrlEncodedContent(
            values.Append(("__RequestVerificationToken", token)).Select(v => new KeyValuePair<string, string>(v.Item1, v.Item2))));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await WebPage.ReadAsync(action, response);
    }

    [Fact]
    public async Task PostSearch_ListsMatchingStandards_KeepsWhatWasTyped_AndSavesNothing()
    {
        var (council, admin, _) = await CouncilWithRolesAsync();

        var page = await SearchAsync(admin, await admin.GetPageAsync("/council/gaps/new"),
            ("Input.Description", "Kept as typed"), ("Input.StandardSearch", "software developer"));

        Assert.Contains(page.All("#Input_LinkedStandards label"),
            l => l.StartsWith("Software developer ST0116", StringComparison.Ordinal) && l.EndsWith("From your search", StringComparison.Ordinal));
        Assert.Equal("Kept as typed", page.One("#Input_Description")!.TextContent);
        Assert.Equal("software developer", page.One("#Input_StandardSearch")!.GetAttribute("value"));
        Assert.Empty(page.Errors);
        await using var db = host.CouncilContext(council);
        Assert.Equal(0, await db.SkillsGaps.CountAsync());
    }

    [Fact]
    public async Task PostSearch_AfterChoosingARole_OffersItsStandards()
    {
        var (_, admin, developerId) = await CouncilWithRolesAsync();
        var form = await admin.GetPageAsync("/council/gaps/new");
        Assert.NotNull(form.One("[data-testid=no-standards]"));

        var page = await SearchAsync(admin, form, ("Input.About", "Role"), ("Input.RoleId", developerId.ToString(CultureInfo.InvariantCulture)));

        Assert.Equal(["ST0116", "ST0002"], page.Document.QuerySelectorAll("input[name='Input.LinkedStandards']").Select(i => i.GetAttribute("value")));
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task Post_Edit_ChangesTheGap_AndKeepsAnOverdueDate()
    {
        var (council, admin, _) = await CouncilWithRolesAsync();
        int id;
        await using (var db = host.CouncilContext(council))
        {
            var gap = Seed.Gap("Old words", serviceArea: "Waste");
            gap.TargetDate = DateOnly.Parse(LastMonth, CultureInfo.InvariantCulture);
            db.SkillsGaps.Add(gap);
            await db.SaveChangesAsync();
            id = gap.Id;
        }
        var form = await admin.GetPageAsync($"/council/gaps/{id}");
        Assert.Equal("Old words", form.One("#Input_Description")!.TextContent);

        var list = await admin.SubmitAndFollowAsync(form, "main form", ("Input.About", "ServiceArea"), ("Input.ServiceArea", "Waste"),
            ("Input.Description", "New words"), ("Input.Priority", "Low"), ("Input.Status", "PlanInPlace"),
            ("Input.TargetDate", LastMonth), ("Input.SuccessionRisk", "true"));

        Assert.Equal("Skills gap saved.", list.One("[data-testid=notice]")!.TextContent.Trim());
        Assert.Contains("Overdue", list.All("[data-testid=gaps] .tag"));
        await using var check = host.CouncilContext(council);
        var saved = await check.SkillsGaps.SingleAsync(g => g.Id == id);
        Assert.Equal(("New words", GapStatus.PlanInPlace, true), (saved.Description, saved.Status, saved.SuccessionRisk));
        Assert.True(saved.UpdatedUtc > saved.CreatedUtc);
    }

    [Fact]
    public async Task Post_Delete_RemovesTheGap()
    {
        var (council, admin, _) = await CouncilWithRolesAsync();
        int id;
        await using (var db = host.CouncilContext(council))
        {
            var gap = Seed.Gap("Recorded by mistake");
            db.SkillsGaps.Add(gap);
            await db.SaveChangesAsync();
            id = gap.Id;
        }
        var confirm = await admin.GetPageAsync($"/council/gaps/{id}/delete");
        Assert.Equal("Recorded by mistake", confirm.One("[data-testid=gap-description]")!.TextContent);

        var list = await admin.SubmitAndFollowAsync(confirm, "main form");

        Assert.Equal("Skills gap deleted.", list.One("[data-testid=notice]")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetPageAsync($"/council/gaps/{id}")).Status);
    }
}
