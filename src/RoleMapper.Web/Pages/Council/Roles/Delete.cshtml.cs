namespace RoleMapper.Web.Pages.Council.Roles;

/// <summary>
/// /council/roles/{id}/delete: asks first, then deletes the role with its mapping decisions. Skills gaps recorded
/// against it are kept, unlinked, because they still describe the service area.
/// </summary>
public sealed class DeleteModel(RoleMapperDbContext db, CouncilRoles roles) : PageModel
{
    public sealed record RoleSummary(int Id, string Title, string? ServiceArea, int Decisions, int Gaps);

    public RoleSummary Role { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } role)
        {
            return NotFound();
        }
        Role = role;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await roles.DeleteAsync(id, ct) is not { } title)
        {
            return NotFound();
        }
        TempData["Done"] = $"“{title}” was deleted.";
        return LocalRedirect("/council/roles");
    }

    private Task<RoleSummary?> FindAsync(int id, CancellationToken ct) =>
        db.JobRoles.AsNoTracking().Where(r => r.Id == id)
            .Select(r => new RoleSummary(r.Id, r.Title, r.ServiceArea, r.Standards.Count, db.SkillsGaps.Count(g => g.JobRoleId == r.Id)))
            .FirstOrDefaultAsync(ct);
}
