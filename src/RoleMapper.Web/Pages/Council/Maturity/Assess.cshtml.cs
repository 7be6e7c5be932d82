using System.Globalization;
using RoleMapper.Core;
using RoleMapper.Core.Maturity;

namespace RoleMapper.Web.Pages.Council.Maturity;

/// <summary>
/// /council/maturity/new?step=N: the self-assessment form, one strand a step. It starts from the latest assessment, so
/// a council updates rather than retypes. Back and Next write the step to the council's draft (<see cref="AssessmentDrafts"/>),
/// so progress is kept between strands and across sign-outs; the last step saves a new dated assessment, never
/// changing an earlier one. Beside the statements the model file gives evidence hints, RoleMapper shows the council's
/// own figures and a suggested tick, which the council accepts (the Accept handler re-shows the step with it ticked
/// and the figures as evidence, saving nothing) or not.
/// </summary>
public sealed class AssessModel(RoleMapperDbContext db, MaturityModel maturity, AssessmentDrafts drafts, TimeProvider clock) : PageModel
{
    public const string Back = "back", Next = "next", Save = "save";

    [BindProperty] public AssessmentInput Input { get; set; } = new();
    /// <summary>The strand shown, from 1; out-of-range numbers show the nearest strand.</summary>
    [BindProperty(SupportsGet = true)] public int Step { get; set; } = 1;
    /// <summary>Which button was pressed: <see cref="Back"/>, <see cref="Next"/> or, on the last step, <see cref="Save"/>.</summary>
    [BindProperty] public string? Go { get; set; }

    public MaturityModel Maturity => maturity;
    public MaturityStrand Strand => maturity.Strands[Step - 1];
    public bool IsLast => Step == maturity.Strands.Count;
    public MaturityEvidenceFigures Figures { get; private set; } = null!;
    /// <summary>The latest saved assessment's stage per strand id; empty for a council's first.</summary>
    public IReadOnlyDictionary<string, StageResult> LastStages { get; private set; } = new Dictionary<string, StageResult>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input = AssessmentInput.From(await drafts.OpenAsync(ct));
        Input.AssessedOn ??= Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var membership = HttpContext.Features.Get<CouncilMembership>()!;
        var step = Input.StepOf(maturity, Strand);
        if (Go == Save && IsLast)
        {
            var record = await drafts.FinishAsync(step, draft => AssessmentInput.From(draft).Read(maturity, ModelState, Today()),
                membership.UserId, membership.Email, ct);
            return record is null ? Page() : Redirect($"/council/maturity/{record.Id}?saved=true");
        }
        // A step with problems is shown again as typed and not written, so the draft keeps what it had.
        Input.ReadStrand(maturity, Strand, ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await drafts.SaveStepAsync(step, membership.UserId, ct);
        return Redirect($"/council/maturity/new?step={(Go == Back ? Step - 1 : Step + 1)}");
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
    private async Task LoadAsync(CancellationToken ct)
    {
        Step = Math.Clamp(Step, 1, maturity.Strands.Count);
        Figures = await MaturityEvidenceFigures.LoadAsync(db, ct);
        var latest = await db.MaturityAssessments.AsNoTracking().NewestFirst().FirstOrDefaultAsync(ct);
        if (latest is not null)
        {
            LastStages = maturity.Strands.ToDictionary(s => s.Id, latest.ToAssessment().StageOf, StringComparer.Ordinal);
        }
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
