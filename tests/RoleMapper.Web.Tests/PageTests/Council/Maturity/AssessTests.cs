using RoleMapper.Core;

namespace RoleMapper.Web.Tests.PageTests.Council.Maturity;

/// <summary>/council/maturity/new: ticking, evidence, targets, validation, and RoleMapper's suggested ticks.</summary>
[Collection(WebCollection.Name)]
public sealed class AssessTests(HostFixture host)
{
    private const string Workforce = "workforce-development";
    private const string Mapped = "workforce-development.mature.skills-mapping";

    private static string Stage(WebPage page, string strandTitle) =>
        page.Document.QuerySelectorAll("[data-testid=stages] tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent.Trim() == strandTitle).QuerySelectorAll("td")[0].TextContent.Trim();

    [Fact]
    public async Task Post_SavesANewDatedAssessment_AndShowsItsStages()
    {
        var council = await host.CouncilAsync();
        var client = await host.SignedInAsync(council.AdminEmail);
        var developing = MaturityForms.StageIds(Workforce, MaturityLevel.Developing).ToList();

        using var response = await client.PostAssessmentAsync([
            .. MaturityForms.Ticks([.. developing, "workforce-development.maturing.trailblazers", "workforce-development.early.communication", "not.a.statement"]),
            ($"Input.Evidence[{developing[0]}]", "  Staff briefing, March  "),
            ($"Input.Links[{developing[0]}]", "https://intranet.example/briefing\r\nhttps://intranet.example/minutes"),
            ($"Input.Targets[{Workforce}]", "Maturing"),
            ("Input.Targets[engagement]", ""),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetPageAsync(response.Headers.Location!.ToString());
        Assert.Matches(@"^/council/maturity/\d+\?saved=true$", page.Path);
        Assert.Contains("Assessment saved.", page.Text);
        Assert.Equal("Developing +", Stage(page, "Workforce Development"));
        Assert.Equal("Early", Stage(page, "Engagement"));
        await using var db = host.CouncilContext(council);
        var saved = await db.MaturityAssessments.SingleAsync();
        // Early and unknown ids are not stored; evidence is trimmed; links one a line.
        Assert.Equal([.. developing, "workforce-development.maturing.trailblazers"], saved.Met.Select(m => m.StatementId));
        Assert.Equal("Staff briefing, March", saved.Met[0].Evidence);
        Assert.Equal(["https://intranet.example/briefing", "https://intranet.example/minutes"], saved.Met[0].Links);
        Assert.Equal([(Workforce, MaturityLevel.Maturing)], saved.Targets.Select(t => (t.StrandId, t.Target)));
        Assert.Equal(council.AdminEmail, saved.SavedByName);
        // Dated the UK day it was saved on.
        Assert.Equal(DateOnly.FromDateTime(UkTime.FromUtc(saved.SavedUtc)), saved.AssessedOn);
    }

    [Theory]
    [InlineData("Input.Links", "javascript:alert(1)", "Enter each link as a full web address starting with https://")]
    [InlineData("Input.Links", "file:///c:/secret.txt", "Enter each link as a full web address starting with https://")]
    [InlineData("Input.Evidence", "", "Enter evidence of 2,000 characters or fewer")]
    public async Task Post_BadEvidence_IsRefusedBesideItsStatement_AndSavesNothing(string field, string value, string message)
    {
        var council = await host.CouncilAsync();
        var client = await host.SignedInAsync(council.AdminEmail);
        var id = "leadership-culture.developing.policy";

        var page = await WebPage.ReadAsync("/council/maturity/new", await client.PostAssessmentAsync(
            ("Input.Met", id), ($"{field}[{id}]", value.Length > 0 ? value : new string('x', 2001))));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.StartsWith(message, Assert.Single(page.Errors), StringComparison.Ordinal);
        var href = page.One(".error-summary__list a")!.GetAttribute("href")!;
        Assert.NotNull(page.Document.GetElementById(href[1..]));
        Assert.Contains(message, page.One($"#st-{id.Replace('.', '-')} .field-error")!.TextContent, StringComparison.Ordinal);
        // The form comes back as typed.
        Assert.True(page.One($"#st-{id.Replace('.', '-')}-met")!.HasAttribute("checked"));
        await using var db = host.CouncilContext(council);
        Assert.False(await db.MaturityAssessments.AnyAsync());
    }

    [Fact]
    public async Task Post_EvidenceForAStatementNotTicked_AsksToTickOrClear()
    {
        var council = await host.CouncilAsync();
        var client = await host.SignedInAsync(council.AdminEmail);

        var page = await WebPage.ReadAsync("/council/maturity/new", await client.PostAssessmentAsync(
            ("Input.Links[procurement.developing.approach]", "https://intranet.example/procurement")));

        Assert.Equal(["Tick “Limited procurement provisions in place, exploring developing an agreed approach” if your council meets it, or clear its evidence: evidence is kept only for statements met"], page.Errors);
    }

    [Theory]
    [InlineData("", "Enter the date of the assessment")]
    [InlineData("31/02/2026", "Enter the date of the assessment as a real date, like 27/03/2026")]
    [InlineData("2099-01-01", "The date of the assessment must be today or in the past")]
    [InlineData("2016-05-01", "The date of the assessment must be on or after 1 December 2017, when the LGA published the model")]
    public async Task Post_BadDate_IsRefused(string date, string message)
    {
        var council = await host.CouncilAsync();
        var client = await host.SignedInAsync(council.AdminEmail);
        var form = await client.GetPageAsync("/council/maturity/new");

        var page = await WebPage.ReadAsync(form.Path, await client.SubmitAsync(form, "form.assessment", ("Input.AssessedOn", date)));

        Assert.Equal([message], page.Errors);
    }

    [Fact]
    public async Task Post_AnEarlierDate_IsKept()
    {
        var council = await host.CouncilAsync();
        var client = await host.SignedInAsync(council.AdminEmail);
        var form = await client.GetPageAsync("/council/maturity/new");

        using var response = await client.SubmitAsync(form, "form.assessment", ("Input.AssessedOn", "14/02/2026"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = host.CouncilContext(council);
        Assert.Equal(new DateOnly(2026, 2, 14), (await db.MaturityAssessments.SingleAsync()).AssessedOn);
    }

    [Fact]
    public async Task Get_StartsFromTheLatestAssessment()
    {
        var council = await host.CouncilAsync();
        await using (var db = host.CouncilContext(council))
        {
            db.AddAssessment(new DateOnly(2025, 6, 1), ["engagement.developing.esfa"]);
            var latest = db.AddAssessment(new DateOnly(2026, 6, 1), ["procurement.developing.approach"],
                new Dictionary<string, MaturityLevel> { ["procurement"] = MaturityLevel.Mature },
                new Dictionary<string, string> { ["procurement.developing.approach"] = "Procurement policy 2026" });
            latest.Met[0].Links = ["https://intranet.example/p"];
            await db.SaveChangesAsync();
        }
        var client = await host.SignedInAsync(council.AdminEmail);

        var page = await client.GetPageAsync("/council/maturity/new");

        Assert.Equal(["procurement.developing.approach"], page.Document.QuerySelectorAll("input[name='Input.Met'][checked]").Select(i => i.GetAttribute("value")));
        Assert.Equal("Procurement policy 2026", page.Document.GetElementById("Input_Evidence[procurement_developing_approach]")!.TextContent);
        Assert.Equal("https://intranet.example/p", page.Document.GetElementById("Input_Links[procurement_developing_approach]")!.TextContent);
        Assert.Equal("Mature", page.Document.GetElementById("Input_Targets[procurement]")!.QuerySelector("option[selected]")!.GetAttribute("value"));
        // Early statements are shown as the starting point, never as boxes to tick.
        Assert.Contains("No agreed approach to procurement", page.One("[data-testid=strand-procurement] .starting-point")!.TextContent);
        Assert.Empty(page.Document.QuerySelectorAll("input[value*='.early.']"));
        Assert.Equal(MaturityForms.Model.Statements.Count(s => !s.Stage.IsBaseline), page.Document.QuerySelectorAll("input[name='Input.Met']").Length);
    }

    [Fact]
    public async Task Get_ShowsTheCouncilsFiguresAndASuggestedTick_OnlyBesideHintedStatements()
    {
        var council = await host.CouncilAsync();
        await using (var db = host.CouncilContext(council))
        {
            db.AddRole("Refuse loader", MappingStatus.Confirmed, headcount: 30, standard: "ST0001");
            db.AddRole("Planner", MappingStatus.Suggested, headcount: 10, standard: "ST0002");
            db.AddGap(hardToFill: true);
            await db.SaveChangesAsync();
        }
        var client = await host.SignedInAsync(council.AdminEmail);

        var page = await client.GetPageAsync("/council/maturity/new");

        var mapped = page.One($"#st-{Mapped.Replace('.', '-')} [data-testid=evidence-figures]")!;
        Assert.Contains("1 of 2 job roles (50%) have a confirmed apprenticeship standard, 30 of 40 posts (75%)", mapped.TextContent);
        Assert.Equal("RoleMapper suggests: met", WebPage.Normalize(mapped.QuerySelector("[data-testid=suggestion]")!.TextContent));
        Assert.NotNull(mapped.QuerySelector($"button[name=statement][value='{Mapped}']"));
        // Succession: no gap with a succession risk, so not suggested and no Accept button.
        var shortages = page.One("#st-workforce-development-maturing-skill-shortages [data-testid=evidence-figures]")!;
        Assert.Equal("RoleMapper suggests: not met yet", WebPage.Normalize(shortages.QuerySelector("[data-testid=suggestion]")!.TextContent));
        Assert.Null(shortages.QuerySelector("button"));
        // Figures appear only where the model file's hints ask: two themes of Workforce Development, at four stages.
        Assert.Equal(8, page.Document.QuerySelectorAll("[data-testid=evidence-figures]").Length);
        Assert.Empty(page.Document.QuerySelectorAll("[data-testid=strand-leadership-culture] [data-testid=evidence-figures]"));
    }

    [Fact]
    public async Task PostAccept_TicksTheStatementWithTheFiguresAsEvidence_AndSavesNothing()
    {
        var council = await host.CouncilAsync();
        await using (var db = host.CouncilContext(council))
        {
            db.AddRole("Refuse loader", MappingStatus.Confirmed, headcount: 30, standard: "ST0001");
            db.AddGap();
            await db.SaveChangesAsync();
        }
        var client = await host.SignedInAsync(council.AdminEmail);
        var form = await client.GetPageAsync("/council/maturity/new");
        var date = form.One("#Input_AssessedOn")!.GetAttribute("value")!;

        using var response = await client.PostAsync("/council/maturity/new?handler=Accept", new FormUrlEncodedContent([
            new("__RequestVerificationToken", form.One("input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
            new("Input.AssessedOn", date), new("Input.Met", "engagement.developing.esfa"), new("statement", Mapped)]));
        var page = await WebPage.ReadAsync(form.Path, response);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal([Mapped, "engagement.developing.esfa"], page.Document.QuerySelectorAll("input[name='Input.Met'][checked]").Select(i => i.GetAttribute("value")));
        Assert.StartsWith("From RoleMapper on ", page.Document.GetElementById($"Input_Evidence[{Mapped.Replace('.', '_')}]")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.Errors);
        await using var check = host.CouncilContext(council);
        Assert.False(await check.MaturityAssessments.AnyAsync());
    }
}
