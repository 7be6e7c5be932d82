using System.Globalization;
using RoleMapper.Core;

namespace RoleMapper.Web.Tests.PageTests.Council.Maturity;

/// <summary>
/// /council/maturity/new: one strand a step, ticking, evidence, targets, validation, RoleMapper's suggested ticks, and
/// the draft that keeps the steps until the last saves the assessment.
/// </summary>
public abstract class AssessTests(HostFixture host)
{
    [Collection(WebCollection.Name)] public sealed class OnSqlite(HostFixture host) : AssessTests(host);
    [Collection(PostgresWebCollection.Name)] public sealed class OnPostgres(PostgresWebHostFixture host) : AssessTests(host);

    private const string Workforce = "workforce-development";
    private const string Mapped = "workforce-development.mature.skills-mapping";
    /// <summary>Strands in the model's order: Leadership and Culture is step 1, Procurement 2, Workforce Development 3.</summary>
    private const int WorkforceStep = 3;

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
        Assert.False(await db.MaturityAssessmentDrafts.AnyAsync());
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
        Assert.False(await db.MaturityAssessmentDrafts.AnyAsync());
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

        var page = await WebPage.ReadAsync("/council/maturity/new", await client.PostAssessmentAsync(("Input.AssessedOn", date)));

        Assert.Equal([message], page.Errors);
        // The date is on the last step, which comes back as typed.
        Assert.Equal(date, page.One("#Input_AssessedOn")!.GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task Post_AnEarlierDate_IsKept()
    {
        var council = await host.CouncilAsync();
        var client = await host.SignedInAsync(council.AdminEmail);

        using var response = await client.PostAssessmentAsync(("Input.AssessedOn", "14/02/2026"));

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

        var page = await client.GetPageAsync("/council/maturity/new?step=2");

        Assert.Equal("Strand 2 of 5: Procurement", page.One("[data-testid=progress]")!.TextContent.Trim());
        Assert.Equal(["procurement.developing.approach"], page.Document.QuerySelectorAll("input[name='Input.Met'][checked]").Select(i => i.GetAttribute("value")));
        Assert.Equal("Procurement policy 2026", page.Document.GetElementById("Input_Evidence[procurement_developing_approach]")!.TextContent);
        Assert.Equal("https://intranet.example/p", page.Document.GetElementById("Input_Links[procurement_developing_approach]")!.TextContent);
        Assert.Equal("Mature", page.Document.GetElementById("Input_Targets[procurement]")!.QuerySelector("option[selected]")!.GetAttribute("value"));
        // Early statements are shown as the starting point, never as boxes to tick.
        Assert.Contains("No agreed approach to procurement", page.One("[data-testid=strand-procurement] .starting-point")!.TextContent);
        Assert.Empty(page.Document.QuerySelectorAll("input[value*='.early.']"));
        Assert.Equal(MaturityForms.Model.FindStrand("procurement")!.TickableStatements.Count(), page.Document.QuerySelectorAll("input[name='Input.Met']").Length);
        // The date is asked for on the last step only.
        Assert.Null(page.Document.GetElementById("Input_AssessedOn"));
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

        var page = await client.GetPageAsync($"/council/maturity/new?step={WorkforceStep}");

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
        Assert.Empty((await client.GetPageAsync("/council/maturity/new?step=1")).Document.QuerySelectorAll("[data-testid=evidence-figures]"));
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
        var form = await client.GetPageAsync($"/council/maturity/new?step={WorkforceStep}");
        var ticked = "workforce-development.developing.communication";

        using var response = await client.PostAsync("/council/maturity/new?handler=Accept", new FormUrlEncodedContent([
            new("__RequestVerificationToken", form.One("input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
            new("Step", WorkforceStep.ToString(CultureInfo.InvariantCulture)), new("Input.Met", ticked), new("statement", Mapped)]));
        var page = await WebPage.ReadAsync(form.Path, response);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Strand 3 of 5: Workforce Development", page.One("[data-testid=progress]")!.TextContent.Trim());
        Assert.Equal([ticked, Mapped], page.Document.QuerySelectorAll("input[name='Input.Met'][checked]").Select(i => i.GetAttribute("value")));
        Assert.StartsWith("From RoleMapper on ", page.Document.GetElementById($"Input_Evidence[{Mapped.Replace('.', '_')}]")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.Errors);
        await using var check = host.CouncilContext(council);
        Assert.False(await check.MaturityAssessments.AnyAsync());
        Assert.False(await check.MaturityAssessmentDrafts.AnyAsync());
    }

    private static async Task<HttpResponseMessage> PostStepAsync(HttpClient client, int step, string go, params (string Name, string Value)[] fields)
    {
        var form = await client.GetPageAsync($"/council/maturity/new?step={step}");
        return await client.SubmitAsync(form, "form.assessment", [.. fields, ("Go", go)]);
    }

    private static IEnumerable<string?> Checked(WebPage page) =>
        page.Document.QuerySelectorAll("input[name='Input.Met'][checked]").Select(i => i.GetAttribute("value"));

    [Fact]
    public async Task Draft_TickInStrandOne_IsStillTickedAfterGoingOnToStrandThreeAndBack()
    {
        var council = await host.CouncilAsync();
        var client = await host.SignedInAsync(council.AdminEmail);
        const string policy = "leadership-culture.developing.policy";

        using (var first = await PostStepAsync(client, 1, "next", ("Input.Met", policy), ($"Input.Evidence[{policy}]", "Policy drafted")))
        {
            Assert.Equal("/council/maturity/new?step=2", first.Headers.Location!.ToString());
        }
        using (var second = await PostStepAsync(client, 2, "next"))
        {
            Assert.Equal("/council/maturity/new?step=3", second.Headers.Location!.ToString());
        }
        using (var back = await PostStepAsync(client, 3, "back", ("Input.Met", Mapped)))
        {
            Assert.Equal("/council/maturity/new?step=2", back.Headers.Location!.ToString());
        }
        // Signed out and in again: the draft is in the database, not the session.
        var again = await host.SignedInAsync(council.AdminEmail);
        var page = await again.GetPageAsync("/council/maturity/new?step=1");

        Assert.Equal("Strand 1 of 5: Leadership and Culture", page.One("[data-testid=progress]")!.TextContent.Trim());
        Assert.Equal([policy], Checked(page));
        Assert.Equal("Policy drafted", page.Document.GetElementById($"Input_Evidence[{policy.Replace('.', '_')}]")!.TextContent);
        Assert.Equal([Mapped], Checked(await again.GetPageAsync($"/council/maturity/new?step={WorkforceStep}")));
        Assert.Empty(Checked(await again.GetPageAsync("/council/maturity/new?step=2")));
    }

    [Fact]
    public async Task Draft_IsPerCouncil()
    {
        var a = await host.CouncilAsync();
        var b = await host.CouncilAsync();
        using (var saved = await PostStepAsync(await host.SignedInAsync(a.AdminEmail), 1, "next", ("Input.Met", "leadership-culture.developing.policy")))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        var adminOfB = await host.SignedInAsync(b.AdminEmail);

        Assert.Empty(Checked(await adminOfB.GetPageAsync("/council/maturity/new?step=1")));
        using (var other = await PostStepAsync(adminOfB, 1, "next", ("Input.Met", "leadership-culture.developing.manager-support")))
        {
            Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        }
        await using var dbOfA = host.CouncilContext(a);
        var draftOfA = await dbOfA.MaturityAssessmentDrafts.SingleAsync();
        Assert.Equal(a.Id, draftOfA.OrganisationId);
        Assert.Equal(["leadership-culture.developing.policy"], draftOfA.Statements.Select(s => s.StatementId));
        await using var dbOfB = host.CouncilContext(b);
        Assert.Equal(["leadership-culture.developing.manager-support"], (await dbOfB.MaturityAssessmentDrafts.SingleAsync()).Statements.Select(s => s.StatementId));
    }

    [Fact]
    public async Task Save_OnTheLastStep_SavesExactlyWhatTheStepsCollected_AndRemovesTheDraft()
    {
        var council = await host.CouncilAsync();
        await using (var db = host.CouncilContext(council))
        {
            // The steps start from the latest assessment; what a step unticks is not saved.
            db.AddAssessment(new DateOnly(2025, 6, 1), ["procurement.developing.approach", "engagement.developing.esfa"],
                new Dictionary<string, MaturityLevel> { ["procurement"] = MaturityLevel.Mature });
            await db.SaveChangesAsync();
        }
        var client = await host.SignedInAsync(council.AdminEmail);
        const string policy = "leadership-culture.developing.policy";

        foreach (var (step, fields) in new (int, (string, string)[])[]
        {
            (1, [("Input.Met", policy), ("Input.Targets[leadership-culture]", "Maturing")]),
            (2, []),
            (3, [("Input.Met", Mapped), ($"Input.Evidence[{Mapped}]", "Every role mapped"), ($"Input.Links[{Mapped}]", "https://intranet.example/map")]),
            (4, []),
        })
        {
            using var response = await PostStepAsync(client, step, "next", fields);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
        using (var back = await PostStepAsync(client, 5, "back", ("Input.Met", "engagement.developing.esfa"), ("Input.AssessedOn", "2026-02-14")))
        {
            Assert.Equal("/council/maturity/new?step=4", back.Headers.Location!.ToString());
        }
        var last = await client.GetPageAsync("/council/maturity/new?step=5");
        Assert.Equal(["engagement.developing.esfa"], Checked(last));
        Assert.Equal("2026-02-14", last.One("#Input_AssessedOn")!.GetAttribute("value"));

        using var saved = await client.SubmitAsync(last, "form.assessment",
            ("Input.Met", "engagement.developing.esfa"), ("Input.AssessedOn", "2026-02-14"), ("Go", "save"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var check = host.CouncilContext(council);
        var record = await check.MaturityAssessments.NewestFirst().FirstAsync();
        Assert.Equal(new DateOnly(2026, 2, 14), record.AssessedOn);
        Assert.Equal([policy, Mapped, "engagement.developing.esfa"], record.Met.Select(m => m.StatementId));
        Assert.Equal("Every role mapped", record.Met[1].Evidence);
        Assert.Equal(["https://intranet.example/map"], record.Met[1].Links);
        Assert.Equal([("leadership-culture", MaturityLevel.Maturing)], record.Targets.Select(t => (t.StrandId, t.Target)));
        Assert.False(await check.MaturityAssessmentDrafts.AnyAsync());
        Assert.Equal(2, await check.MaturityAssessments.CountAsync());
    }

    [Fact]
    public async Task Step_WithBadInput_GetsItsMessage_AndLosesNothing()
    {
        var council = await host.CouncilAsync();
        var client = await host.SignedInAsync(council.AdminEmail);
        const string policy = "leadership-culture.developing.policy";
        const string approach = "procurement.developing.approach";
        using (var first = await PostStepAsync(client, 1, "next", ("Input.Met", policy)))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        var page = await WebPage.ReadAsync("/council/maturity/new", await PostStepAsync(client, 2, "next",
            ("Input.Met", approach), ($"Input.Evidence[{approach}]", "Agreed approach"), ($"Input.Links[{approach}]", "javascript:alert(1)")));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.StartsWith("Enter each link as a full web address starting with https://", Assert.Single(page.Errors), StringComparison.Ordinal);
        Assert.Equal("Strand 2 of 5: Procurement", page.One("[data-testid=progress]")!.TextContent.Trim());
        // Shown as typed; the draft keeps the earlier step and is not changed by this one.
        Assert.Equal([approach], Checked(page));
        Assert.Equal("Agreed approach", page.Document.GetElementById($"Input_Evidence[{approach.Replace('.', '_')}]")!.TextContent);
        Assert.Equal("javascript:alert(1)", page.Document.GetElementById($"Input_Links[{approach.Replace('.', '_')}]")!.TextContent);
        await using var db = host.CouncilContext(council);
        Assert.Equal([policy], (await db.MaturityAssessmentDrafts.SingleAsync()).Statements.Select(s => s.StatementId));
    }
}
