using RoleMapper.Core.Accounts;

namespace RoleMapper.Web.Pages.Account;

/// <summary>
/// /account/reset-password/{token}: choose a new password with a link from an email or from a council admin. A link
/// that was used, replaced by another reset, or has expired gets a page that says which (410), and a made-up one 404.
/// </summary>
public sealed class ResetPasswordModel(PasswordResets resets) : PageModel
{
    [BindProperty] public NewPasswordInput Input { get; set; } = new();

    public string? Email { get; private set; }
    public string? Problem { get; private set; }
    public bool Changed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        await LoadAsync(token, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        if (await LoadAsync(token, ct) is not { } link || !ModelState.IsValid)
        {
            return Page();
        }
        var outcome = await resets.ResetAsync(link, Input.Password, ct);
        if (outcome.LinkProblem is { } state)
        {
            Show(state);
            return Page();
        }
        foreach (var error in outcome.PasswordErrors)
        {
            ModelState.AddModelError("Input.Password", error.Description);
        }
        Changed = outcome.Changed;
        return Page();
    }

    private async Task<PasswordResetLink?> LoadAsync(string token, CancellationToken ct)
    {
        var link = await resets.FindAsync(token, ct);
        if (link is null)
        {
            (Problem, Response.StatusCode) = ("This password reset link is not valid. Check you copied all of it, or ask for a new one.", StatusCodes.Status404NotFound);
            return null;
        }
        if (link.State != PasswordResetState.Pending)
        {
            Show(link.State);
            return null;
        }
        Email = link.Email;
        return link;
    }

    private void Show(PasswordResetState state) => (Problem, Response.StatusCode) = (state switch
    {
        PasswordResetState.Used => "This password reset link has already been used. Sign in with your new password, or ask for another link.",
        PasswordResetState.Cancelled => "This link no longer works: the password was changed with another link since. Sign in, or ask for another link.",
        _ => "This password reset link has expired. Ask for a new one.",
    }, StatusCodes.Status410Gone);
}
