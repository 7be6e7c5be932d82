using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using RoleMapper.Core.Accounts;
using RoleMapper.Core.Email;

namespace RoleMapper.Web.Pages.Account;

/// <summary>
/// /account/forgot-password. With an SMTP server configured it queues a reset link for the address (<see cref="ResetMailQueue"/>)
/// and gives the same answer for every address, whether or not it has an account; requests are limited per address
/// and per IP address (<see cref="RequestLimits"/>). With none, it tells the person to ask their council's admin.
/// </summary>
public sealed class ForgotPasswordModel(IOptions<EmailOptions> email, IOptions<PasswordResetOptions> resets, ResetMailQueue? queue = null) : PageModel
{
    [BindProperty] public ForgotInput Input { get; set; } = new();

    public sealed class ForgotInput
    {
        [Required(ErrorMessage = "Enter your email address")]
        [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@council.gov.uk")]
        [StringLength(AccountRules.MaxEmailLength, ErrorMessage = "Enter an email address of {1:N0} characters or fewer")]
        public string Email { get; set; } = "";
    }

    public bool EmailIsOn => queue is not null;
    public bool Sent { get; private set; }
    public TimeSpan LinkLifetime => resets.Value.EmailLinkLifetime;

    public void OnGet()
    {
    }

    public IActionResult OnPost()
    {
        if (queue is null)
        {
            return Page();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        queue.Queue(Input.Email.Trim(), LinkPrefix());
        Sent = true;
        return Page();
    }

    /// <summary>The reset page's address without its token: the configured site address, else the one this request came to.</summary>
    private string LinkPrefix() =>
        (email.Value.SiteUrl is { Length: > 0 } site ? site.TrimEnd('/') : $"{Request.Scheme}://{Request.Host}{Request.PathBase}")
        + "/account/reset-password/";
}
