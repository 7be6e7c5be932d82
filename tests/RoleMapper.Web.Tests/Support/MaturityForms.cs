namespace RoleMapper.Web.Tests.Support;

/// <summary>Filling the self-assessment form as a browser would, and seeding a council's rows directly.</summary>
public static class MaturityForms
{
    public static MaturityModel Model { get; } = MaturityModel.LoadDefault();

    /// <summary>Every statement id of one stage of one strand, e.g. ("workforce-development", Developing).</summary>
    public static IEnumerable<string> StageIds(string strandId, MaturityLevel stage) =>
        Model.FindStrand(strandId)!.Stage(stage).Statements.Select(s => s.Id);

    /// <summary>
    /// Goes through the form's steps as a browser would, each with the fields of its strand (as ticked and typed), and
    /// saves on the last with its own date (today) unless the fields give one. Fields of no strand go with the last step.
    /// Returns the last step's response, or the first that is not a redirect to the next step (a step with problems).
    /// </summary>
    public static async Task<HttpResponseMessage> PostAssessmentAsync(this HttpClient client, params (string Name, string Value)[] fields)
    {
        var strands = Model.Strands;
        for (var step = 1; ; step++)
        {
            var form = await client.GetPageAsync($"/council/maturity/new?step={step}");
            var last = step == strands.Count;
            var mine = fields.Where(f => StrandOf(f) is { } strand ? strand == strands[step - 1].Id : last).ToList();
            if (!last)
            {
                var response = await client.SubmitAsync(form, "form.assessment", [.. mine, ("Go", "next")]);
                if (response.StatusCode != HttpStatusCode.Redirect)
                {
                    return response;
                }
                response.Dispose();
                continue;
            }
            if (!mine.Any(f => f.Name == "Input.AssessedOn"))
            {
                mine.Add(("Input.AssessedOn", form.One("#Input_AssessedOn")!.GetAttribute("value")!));
            }
            return await client.SubmitAsync(form, "form.assessment", [.. mine, ("Go", "save")]);
        }
    }

    /// <summary>The strand a field belongs to: the first part of its statement or strand id, null for none of the model's.</summary>
    private static string? StrandOf((string Name, string Value) field)
    {
        var id = field.Name == "Input.Met" ? field.Value
            : field.Name.IndexOf('[') is > 0 and var open ? field.Name[(open + 1)..^1] : null;
        var strand = id?.Split('.')[0];
        return Model.FindStrand(strand ?? "") is null ? null : strand;
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
