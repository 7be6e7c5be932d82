using System.Text.RegularExpressions;
using RoleMapper.Core.Matching;

namespace RoleMapper.Web.Tests.BrowserTests;

/// <summary>
/// An HR officer imports a small roles file, checks the preview, saves it, confirms a suggestion on one role's page,
/// then confirms every High-confidence suggestion at once, then imports an updated list (one role's posts change, one
/// role is new, one is left out) and sees what will change before saving it; on a laptop and a phone.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class RoleMappingFlowTests(HostFixture host) : BrowserTest(host)
{
    private static readonly string[] Titles = ["Software Developer", "Social Worker", "Team Leader", "Business Administrator", "Chartered Town Planner"];

    [Theory]
    [InlineData("laptop")]
    [InlineData("phone")]
    public async Task ImportRoles_ConfirmOne_ThenConfirmAllHigh_ThenReimportWithChanges(string viewport)
    {
        // Which titles the matcher is sure of is asked now, not assumed: the matcher may be tuned.
        var high = Titles.Where(t => Host.Match(t).Best?.Confidence == Confidence.High).ToList();
        var opened = Titles.FirstOrDefault(t => !high.Contains(t)) ?? high[0];
        var leftForBulk = high.Count(t => t != opened);
        Assert.True(leftForBulk > 0, "The flow needs a High-confidence role left after the one confirmed by hand.");
        var council = await Host.CouncilAsync();
        var page = await NewPageAsync(viewport);
        await SignInAsync(page, council.AdminEmail);

        await page.GotoAsync("/council/roles/import");
        await page.GetByLabel("Your file of job roles").SetInputFilesAsync(new FilePayload
        {
            Name = "establishment.csv", MimeType = "text/csv", Buffer = Workspace.Csv(RolesFile()),
        });
        await Chromium.ScreenshotAsync(page, $"roles-1-import-{viewport}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and check the file" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Check the roles before saving");
        await Assertions.Expect(page.Locator("[data-testid=preview-rows] tbody tr")).ToHaveCountAsync(Titles.Length + 1);
        await Assertions.Expect(page.Locator("[data-testid=preview-rows] tbody tr").Last).ToContainTextAsync("The job title is empty");
        await Chromium.ScreenshotAsync(page, $"roles-2-preview-{viewport}", alsoFirstScreen: true);
        await page.GetByRole(AriaRole.Button, new() { Name = $"Save: add {Titles.Length}, update 0" }).ClickAsync();

        await page.WaitForURLAsync("**/council/roles");
        await Assertions.Expect(page.Locator("[data-testid=done]")).ToHaveTextAsync($"{Titles.Length} roles were added from establishment.csv. 1 row was not saved.");
        await Chromium.ScreenshotAsync(page, $"roles-3-list-{viewport}", alsoFirstScreen: true);
        await page.GetByRole(AriaRole.Link, new() { Name = opened, Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(opened);
        var first = page.Locator("[data-testid=suggestions] > li").First;
        var reference = await first.GetAttributeAsync("data-reference");
        await Assertions.Expect(first.Locator(".tag").First).ToHaveTextAsync(ConfidenceText());
        await Chromium.ScreenshotAsync(page, $"roles-4-role-{viewport}", alsoFirstScreen: true);
        await page.GetByLabel("Note (optional)").FillAsync("Checked with the service manager");
        await first.GetByRole(AriaRole.Button, new() { NameRegex = MainStandardButton() }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=done]")).ToHaveTextAsync($"{reference} is confirmed as the role's standard.");
        await Assertions.Expect(page.Locator("[data-testid=mapping-status]")).ToHaveTextAsync("Confirmed");
        await Assertions.Expect(page.Locator("[data-testid=mapping]")).ToContainTextAsync("Checked with the service manager");
        await Chromium.ScreenshotAsync(page, $"roles-5-confirmed-{viewport}", alsoFirstScreen: true);

        await page.GotoAsync("/council/roles");
        await page.Locator("[data-testid=confirm-high-link]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=confirm-count]")).ToContainTextAsync($"{leftForBulk} role");
        await Chromium.ScreenshotAsync(page, $"roles-6-confirm-high-{viewport}");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = ConfirmSuggestionsButton() }).ClickAsync();

        await page.WaitForURLAsync("**/council/roles");
        await Assertions.Expect(page.Locator("[data-testid=done]")).ToContainTextAsync($"{leftForBulk} High-confidence suggestion");
        await Assertions.Expect(page.Locator("tbody tr").Filter(new() { HasText = "Confirmed" })).ToHaveCountAsync(leftForBulk + 1);
        await Chromium.ScreenshotAsync(page, $"roles-7-all-high-confirmed-{viewport}", alsoFirstScreen: true);

        await page.GotoAsync("/council");
        await Assertions.Expect(page.Locator("[data-testid=role-figures] li").First).ToHaveTextAsync($"{Titles.Length} job roles");
        await Chromium.ScreenshotAsync(page, $"roles-8-dashboard-{viewport}", alsoFirstScreen: true);

        var leftOut = Titles.Last(t => t != opened);
        await page.GotoAsync("/council/roles/import");
        await page.GetByLabel("Your file of job roles").SetInputFilesAsync(new FilePayload
        {
            Name = "establishment-2027.csv", MimeType = "text/csv", Buffer = Workspace.Csv(UpdatedRolesFile(opened, leftOut)),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and check the file" }).ClickAsync();

        var updated = page.Locator("[data-testid=preview-rows] tbody tr[data-outcome=Updated]");
        await Assertions.Expect(updated).ToHaveCountAsync(1);
        await Assertions.Expect(updated).ToContainTextAsync(opened);
        await Assertions.Expect(updated.Locator("[data-testid=changes] li")).ToHaveTextAsync($"headcount: {Array.IndexOf(Titles, opened) + 1} → 9");
        await Assertions.Expect(page.Locator("[data-testid=not-in-file]")).ToContainTextAsync(leftOut);
        await Chromium.ScreenshotAsync(page, $"roles-9-reimport-preview-{viewport}", alsoFirstScreen: true);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save: add 1, update 1" }).ClickAsync();

        await page.WaitForURLAsync("**/council/roles");
        await Assertions.Expect(page.Locator("[data-testid=done]"))
            .ToHaveTextAsync($"1 role was added from establishment-2027.csv. 1 role was updated. {Titles.Length - 2} roles were unchanged.");
        // Nothing doubled, the role left out kept, and every decision still there.
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(Titles.Length + 1);
        await Assertions.Expect(page.Locator("tbody tr").Filter(new() { HasText = "Confirmed" })).ToHaveCountAsync(leftForBulk + 1);
        await Chromium.ScreenshotAsync(page, $"roles-10-reimported-{viewport}", alsoFirstScreen: true);
    }

    /// <summary>
    /// A new council starts from the sector role map (one service area), then confirms the High-confidence suggestions
    /// in bulk after reading the list and unticking one; the unticked role stays a suggestion.
    /// </summary>
    [Theory]
    [InlineData("laptop")]
    [InlineData("phone")]
    public async Task StartFromTheMap_ThenConfirmHighWithOneUnticked(string viewport)
    {
        var council = await Host.CouncilAsync();
        var page = await NewPageAsync(viewport);
        await SignInAsync(page, council.AdminEmail);

        await page.GotoAsync("/council/roles/starter");
        await page.GetByLabel(new Regex("^Payroll \\(")).CheckAsync();
        await Chromium.ScreenshotAsync(page, $"starter-1-areas-{viewport}", alsoFirstScreen: true);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add these roles" }).ClickAsync();

        await page.WaitForURLAsync("**/council/roles");
        await Assertions.Expect(page.Locator("[data-testid=done]")).ToContainTextAsync("added from the sector role map");
        await page.Locator("[data-testid=confirm-high-link]").ClickAsync();

        var rows = page.Locator("[data-testid=confirm-list] tbody tr");
        var listed = await rows.CountAsync();
        Assert.True(listed >= 2, $"{listed} High-confidence roles listed");
        await Assertions.Expect(page.Locator("[data-testid=confirm-count]")).ToContainTextAsync($"{listed} roles");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Confirm {listed} selected" })).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(page, $"starter-2-confirm-high-{viewport}", alsoFirstScreen: true);
        var untickedId = int.Parse((await rows.First.GetAttributeAsync("data-role-id"))!, System.Globalization.CultureInfo.InvariantCulture);
        await rows.First.GetByRole(AriaRole.Checkbox).UncheckAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Confirm {listed - 1} selected" })).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(page, $"starter-3-one-unticked-{viewport}");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = ConfirmSuggestionsButton() }).ClickAsync();

        await page.WaitForURLAsync("**/council/roles");
        await Assertions.Expect(page.Locator("[data-testid=done]")).ToContainTextAsync($"{listed - 1} High-confidence suggestion");
        await using var db = Host.CouncilContext(council);
        Assert.Equal(MappingStatus.Suggested, await db.JobRoles.Where(r => r.Id == untickedId).Select(r => r.Status).SingleAsync());
        Assert.Equal(listed - 1, await db.JobRoles.CountAsync(r => r.Status == MappingStatus.Confirmed));
    }

    /// <summary>The same list a year on: <paramref name="changed"/> has 9 posts, <paramref name="leftOut"/> is gone, a planning officer is new.</summary>
    private static string UpdatedRolesFile(string changed, string leftOut) =>
        "Job title,Service area,Posts\n"
        + string.Concat(Titles.Select((t, i) => (t, i)).Where(x => x.t != leftOut)
            .Select(x => $"{x.t},Service {(char)('A' + x.i)},{(x.t == changed ? 9 : x.i + 1)}\n"))
        + "Planning Officer,Service P,2\n";

    /// <summary>The titles with a service area and posts each, and one row without a title, as real lists have.</summary>
    private static string RolesFile() =>
        "Job title,Service area,Posts\n" + string.Concat(Titles.Select((t, i) => $"{t},Service {(char)('A' + i)},{i + 1}\n")) + ",Finance,2\n";

    [GeneratedRegex("confidence$")]
    private static partial Regex ConfidenceText();

    [GeneratedRegex("^Confirm .* as the main standard$")]
    private static partial Regex MainStandardButton();

    [GeneratedRegex("^Confirm \\d+ selected$")]
    private static partial Regex ConfirmSuggestionsButton();
}
