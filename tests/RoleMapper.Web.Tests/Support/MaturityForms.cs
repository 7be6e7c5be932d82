using RoleMapper.Core.Data;

namespace RoleMapper.Web.Tests.Support;

/// <summary>Filling the self-assessment form as a browser would, and seeding a council's rows directly.</summary>
public static class MaturityForms
{
    public static MaturityModel Model { get; } = MaturityModel.LoadDefault();

    /// <summary>Every statement id of one stage of one strand, e.g. ("workforce-development", Developing).</summary>
    public static IEnumerable<string> StageIds(string strandId, MaturityLevel stage) =>
        Model.FindStrand(strandId)!.Stage(stage).Statements.Select(s => s.Id);

    /// <summary>Opens the form and submits it with its own date (today) and these fields, as ticked and typed.</summary>
    public static async Task<HttpResponseMessage> PostAssessmentAsync(this HttpClient client, params (string Name, string Value)[] fields)
    {
        var form = await client.GetPageAsync("/council/maturity/new");
        var date = form.One("#Input_AssessedOn")!.GetAttribute("value")!;
        return await client.SubmitAsync(form, "form.assessment", [("Input.AssessedOn", date), .. fields]);
    }

    public static (string, string)[] Ticks(IEnumerable<string> ids) => ids.Select(id => ("Input.Met", id)).ToArray();

    /// <summary>A context scoped to the council, for seeding its rows; save it when done.</summary>
    public static RoleMapperDbContext CouncilContext(this HostFixture host, TestCouncil council)
    {
        var db = host.NewContext();
        db.ScopeToOrganisation(council.Id);
        return db;
    }

    /// <summary>A new council of this type and region with a saved assessment meeting <paramref name="met"/>.</summary>
    public static async Task<TestCouncil> AssessedCouncilAsync(this HostFixture host, Core.Accounts.OrganisationType type,
        Core.Accounts.EnglishRegion region, IEnumerable<string> met, DateOnly? on = null,
        IReadOnlyDictionary<string, MaturityLevel>? targets = null)
    {
        var council = await host.CouncilAsync(type: type, region: region);
        await using var db = host.CouncilContext(council);
        db.AddAssessment(on ?? new DateOnly(2026, 3, 1), met, targets);
        await db.SaveChangesAsync();
        return council;
    }
}
