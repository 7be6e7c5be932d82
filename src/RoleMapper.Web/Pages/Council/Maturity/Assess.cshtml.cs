using System.Globalization;
using RoleMapper.Core;
using RoleMapper.Core.Maturity;

namespace RoleMapper.Web.Pages.Council.Maturity;

/// <summary>
/// /council/maturity/new: the self-assessment form. It starts from the latest assessment, so a council updates rather
/// than retypes; saving always adds a new dated assessment and never changes an earlier one. Beside the statements the
/// model file gives evidence hints, RoleMapper shows the council's own figures and a suggested tick, which the council
/// accepts (the Accept handler re-shows the form with it ticked and the figures as evidence, saving nothing) or not.
/// </summary>
public sealed class AssessModel(RoleMapperDbContext db, MaturityModel maturity, TimeProvider clock) : PageModel
{
    [BindProperty] public AssessmentInput Input { get; set; } = new();

    public MaturityModel Maturity => maturity;
    public MaturityEvidenceFigures Figures { get; private set; } = null!;
    /// <summary>The latest saved assessment's stage per strand id; empty for a council's first.</summary>
    public IReadOnlyDictionary<string, StageResult> LastStages { get; private set; } = new Dictionary<string, StageResult>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } latest)
        {
            Input = AssessmentInput.From(latest);
        }
        Input.AssessedOn = Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Input.Read(maturity, ModelState, Today()) is not { } record)
        {
            await LoadAsync(ct);
            return Page();
        }
        var membership = HttpContext.Features.Get<CouncilMembership>()!;
        (record.SavedUtc, record.SavedByUserId, record.SavedByName) = (clock.GetUtcNow().UtcDateTime, membership.UserId, membership.Email);
        // The context stamps the signed-in council on the new row.
        db.MaturityAssessments.Add(record);
        await db.SaveChangesAsync(ct);
        return Redirect($"/council/maturity/{record.Id}?saved=true");
    }

    /// <summary>Ticks a statement RoleMapper suggests, with its figures as evidence, and re-shows the form.</summary>
    public async Task<IActionResult> OnPostAcceptAsync(string? statement, CancellationToken ct)
    {
        await LoadAsync(ct);
        // Nothing is saved here, so the form comes back as typed, without error messages.
        ModelState.Clear();
        var accepted = maturity.Statements
            .Where(s => s.Statement.Id == statement)
            .Where(s => !IsMet(s.Statement.Id) && SuggestionFor(s) is { SuggestMet: true });
        foreach (var located in accepted)
        {
            Input.Met.Add(located.Statement.Id);
            if (string.IsNullOrWhiteSpace(EvidenceOf(located.Statement.Id)))
            {
                Input.Evidence[located.Statement.Id] = MaturityEvidenceRules.EvidenceText(located.Statement, Figures, Today());
            }
        }
        return Page();
    }

    public bool IsMet(string id) => Input.IsMet(maturity, id);
    public string? EvidenceOf(string id) => Input.Evidence.GetValueOrDefault(id);
    public string? LinksOf(string id) => Input.Links.GetValueOrDefault(id);
    public EvidenceSuggestion? SuggestionFor(LocatedStatement located) => MaturityEvidenceRules.Suggest(located, Figures);
    public string? ErrorFor(string key) => ModelState[key]?.Errors.FirstOrDefault()?.ErrorMessage;

    /// <summary>The figures and the latest assessment's stages, which every response of the form shows.</summary>
    private async Task<MaturityAssessmentRecord?> LoadAsync(CancellationToken ct)
    {
        Figures = await MaturityEvidenceFigures.LoadAsync(db, ct);
        var latest = await db.MaturityAssessments.AsNoTracking().NewestFirst().FirstOrDefaultAsync(ct);
        if (latest is not null)
        {
            LastStages = maturity.Strands.ToDictionary(s => s.Id, latest.ToAssessment().StageOf, StringComparer.Ordinal);
        }
        return latest;
    }

    private DateOnly Today() => UkTime.Today(clock);
}

/// <summary>What the form's partials need: the page (for ticks, evidence, errors, figures) and their part of the model.</summary>
public sealed record StrandForm(AssessModel Page, MaturityStrand Strand);

/// <inheritdoc cref="StrandForm"/>
public sealed record StatementForm(AssessModel Page, LocatedStatement Located)
{
    /// <summary>An id for the statement's block, also the fragment the Accept button returns to.</summary>
    public string DomId => "st-" + Located.Statement.Id.Replace('.', '-');
}
