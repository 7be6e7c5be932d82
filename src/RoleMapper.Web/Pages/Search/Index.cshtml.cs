using System.ComponentModel.DataAnnotations;
using RoleMapper.Core.Matching;
using RoleMapper.Core.UnmatchedTitles;

namespace RoleMapper.Web.Pages.Search;

/// <summary>
/// /search?title=...: the matcher's suggestions for one job title. A GET form, so every search is a link people can
/// bookmark and share. Bad input (too long, levels out of range, an unknown route) gets a message, never an error page.
/// </summary>
public sealed class IndexModel(IStandardMatcher matcher, UnmatchedTitleRecorder unmatched, CatalogueFactsCache facts) : PageModel
{
    public const int MaxResults = 10;

    [BindProperty(SupportsGet = true, Name = "title")]
    [StringLength(IStandardMatcher.MaxTitleLength, ErrorMessage = "Enter a job title of {1:N0} characters or fewer.")]
    [Display(Name = "job title")]
    public string? JobTitle { get; set; }

    [BindProperty(SupportsGet = true, Name = "minLevel")]
    [Display(Name = "lowest level")]
    public int? MinLevel { get; set; }

    [BindProperty(SupportsGet = true, Name = "maxLevel")]
    [Display(Name = "highest level")]
    public int? MaxLevel { get; set; }

    [BindProperty(SupportsGet = true, Name = "route")]
    public string? Route { get; set; }

    public CatalogueFacts Facts { get; private set; } = null!;
    public MatchResult? Result { get; private set; }
    /// <summary>"?title=" with nothing in it is a search for nothing (and gets a message); no title at all is a first visit.</summary>
    public bool Searched => Request.Query.ContainsKey("title");

    public async Task OnGetAsync(CancellationToken ct)
    {
        Facts = await facts.GetAsync(ct);
        if (!Searched)
        {
            return;
        }
        CheckFilters();
        if (!ModelState.IsValid)
        {
            return;
        }
        Result = matcher.Match(JobTitle, new MatchOptions
        {
            Top = MaxResults,
            MinLevel = MinLevel,
            MaxLevel = MaxLevel,
            Routes = string.IsNullOrEmpty(Route) ? null : [Route],
        });
        if (Result.Problem is { } problem)
        {
            ModelState.AddModelError("title", problem);
        }
        else if (MinLevel is null && MaxLevel is null && string.IsNullOrEmpty(Route))
        {
            // Only unfiltered searches grow the synonym list: a filter can make any title look unmatched.
            unmatched.Record(Result);
        }
    }

    private void CheckFilters()
    {
        if (MinLevel is { } min && !Facts.Levels.Contains(min))
        {
            ModelState.AddModelError("minLevel", $"Choose a lowest level from {Facts.Levels[0]} to {Facts.Levels[^1]}.");
        }
        if (MaxLevel is { } max && !Facts.Levels.Contains(max))
        {
            ModelState.AddModelError("maxLevel", $"Choose a highest level from {Facts.Levels[0]} to {Facts.Levels[^1]}.");
        }
        if (MinLevel > MaxLevel)
        {
            ModelState.AddModelError("maxLevel", "The highest level must be the same as or above the lowest level.");
        }
        if (!string.IsNullOrEmpty(Route) && !Facts.Routes.Contains(Route))
        {
            ModelState.AddModelError("route", "Choose a route from the list.");
        }
    }
}
