using RoleMapper.Core.RoleMap;

namespace RoleMapper.Web.Pages.Sector.RoleMap;

/// <summary>The edit and add form's fields; <see cref="SectorRoleMapEditing"/> checks them, so they carry no rules here.</summary>
public sealed class RoleMapInput
{
    public string? Title { get; set; }
    public string? ServiceArea { get; set; }
    public string? JobFamily { get; set; }
    public string? Aliases { get; set; }
    public string? Standards { get; set; }
    public bool NoStandardFits { get; set; }
    public string? Reason { get; set; }

    public RoleMapForm ToForm() => new(Title, ServiceArea, JobFamily, Aliases, Standards, NoStandardFits, Reason);

    public static RoleMapInput From(RoleMapForm form) => new()
    {
        Title = form.Title, ServiceArea = form.ServiceArea, JobFamily = form.JobFamily, Aliases = form.Aliases,
        Standards = form.Standards, NoStandardFits = form.NoStandardFits, Reason = form.Reason,
    };

    /// <summary>Puts each refused field's problem beside it, as "Input.Title" and so on.</summary>
    public static void AddProblems(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, IEnumerable<RoleMapProblem> problems)
    {
        foreach (var problem in problems)
        {
            state.AddModelError($"Input.{problem.Field}", problem.Message);
        }
    }
}
