using System.ComponentModel.DataAnnotations;
using RoleMapper.Core.Accounts;

namespace RoleMapper.Web.Pages.Sector.Councils;

/// <summary>
/// /sector/councils/{id} (sector role): one council's registration, people and log, and the sector team's actions on it:
/// verify, suspend a false claim (with a reason for the log), hand it to the right admin. Each is logged by
/// <see cref="SectorCouncils"/> with the sector user's address.
/// </summary>
public sealed class DetailModel(SectorCouncils councils) : PageModel
{
    public SectorCouncilDetail Council { get; private set; } = null!;

    [BindProperty, StringLength(200, ErrorMessage = "Give a reason of 200 characters or fewer")]
    public string? Reason { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter the email address of the person to hand the council to")]
    [StringLength(AccountRules.MaxEmailLength, ErrorMessage = "Enter an email address of {1:N0} characters or fewer")]
    public string? HandTo { get; set; }

    private string By => HttpContext.Features.Get<CouncilMembership>()!.Email;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostVerifyAsync(int id, CancellationToken ct) =>
        await councils.VerifyAsync(id, By, ct) ? RedirectToPage(new { id }) : NotFound();

    public async Task<IActionResult> OnPostSuspendAsync(int id, CancellationToken ct)
    {
        ModelState.Remove(nameof(HandTo));
        if (!ModelState.IsValid)
        {
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
        return await councils.SuspendAsync(id, By, Reason, ct) ? RedirectToPage(new { id }) : NotFound();
    }

    public async Task<IActionResult> OnPostHandOverAsync(int id, CancellationToken ct)
    {
        ModelState.Remove(nameof(Reason));
        if (ModelState.IsValid)
        {
            switch (await councils.HandOverAsync(id, HandTo!, By, ct))
            {
                case SectorCouncils.HandOver.HandedOver:
                    return RedirectToPage(new { id });
                case SectorCouncils.HandOver.NoSuchCouncil:
                    return NotFound();
                default:
                    ModelState.AddModelError(nameof(HandTo), $"{HandTo!.Trim()} is not a person of this council or waiting to join it. Ask them to register the council first: their registration becomes a request to join.");
                    break;
            }
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        Council = (await councils.DetailAsync(id, ct))!;
        return Council is not null;
    }
}
