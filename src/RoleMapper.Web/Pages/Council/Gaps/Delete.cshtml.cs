namespace RoleMapper.Web.Pages.Council.Gaps;

/// <summary>/council/gaps/{id}/delete: asks, then deletes. A GET never deletes; the POST needs the form token.</summary>
public sealed class DeleteModel(RoleMapperDbContext db, SkillsGaps gaps) : PageModel
{
    public string Description { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var description = await db.SkillsGaps.AsNoTracking().Where(g => g.Id == id).Select(g => g.Description).SingleOrDefaultAsync(ct);
        if (description is null)
        {
            return NotFound();
        }
        Description = description;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await gaps.DeleteAsync(id, ct))
        {
            return NotFound();
        }
        TempData[GapEditor.Notice] = "Skills gap deleted.";
        return LocalRedirect("/council/gaps");
    }
}
