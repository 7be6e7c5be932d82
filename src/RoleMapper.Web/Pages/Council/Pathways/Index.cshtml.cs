using RoleMapper.Core.Pathways;

namespace RoleMapper.Web.Pages.Council.Pathways;

/// <summary>
/// /council/pathways?area=...|standard=...: career pathways. Choose a service area of the council's roles or a standard
/// it confirmed, see the ladders of standards in the same occupational field by level with the council's roles on
/// them, and save one as evidence; saved pathways are listed and can be deleted. Each handler calls one
/// <see cref="CareerPathways"/> method.
/// </summary>
public sealed class IndexModel(CareerPathways pathways) : PageModel
{
    public const string Notice = "PathwayNotice";

    [BindProperty(SupportsGet = true, Name = "area")] public string? Area { get; set; }
    [BindProperty(SupportsGet = true, Name = "standard")] public string? Standard { get; set; }

    public PathwayChoices Choices { get; private set; } = null!;
    public CareerPathway? Pathway { get; private set; }
    public IReadOnlyList<SavedPathway> Saved { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Choices = await pathways.ChoicesAsync(ct);
        Saved = await pathways.SavedAsync(ct);
        if (Subject() is not { } subject)
        {
            return;
        }
        Pathway = await pathways.BuildAsync(subject.Kind, subject.Key, ct);
        if (Pathway is null)
        {
            ModelState.AddModelError(subject.Kind == PathwaySubject.ServiceArea ? "area" : "standard",
                subject.Kind == PathwaySubject.ServiceArea ? "Choose one of your service areas from the list" : "Choose an approved standard from the list");
        }
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (Subject() is not { } subject || await pathways.SaveAsync(subject.Kind, subject.Key, HttpContext.Features.Get<CouncilMembership>()!.Email, ct) is not { } saved)
        {
            return NotFound();
        }
        TempData[Notice] = $"Pathway for {saved.Name} saved as evidence.";
        return LocalRedirect(subject.Kind == PathwaySubject.ServiceArea
            ? QueryLinks.To("/council/pathways", ("area", subject.Key))
            : QueryLinks.To("/council/pathways", ("standard", subject.Key)));
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        if (!await pathways.DeleteAsync(id, ct))
        {
            return NotFound();
        }
        TempData[Notice] = "Saved pathway deleted.";
        return LocalRedirect("/council/pathways");
    }

    private (PathwaySubject Kind, string Key)? Subject() =>
        !string.IsNullOrWhiteSpace(Area) ? (PathwaySubject.ServiceArea, Area.Trim())
        : !string.IsNullOrWhiteSpace(Standard) ? (PathwaySubject.Standard, Standard.Trim())
        : null;
}
