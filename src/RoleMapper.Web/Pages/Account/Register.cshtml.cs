using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using RoleMapper.Core.Accounts;

namespace RoleMapper.Web.Pages.Account;

/// <summary>
/// /account/register: the person picks their council from the list of English councils (by ONS code; name, type and
/// region come from the list) and becomes its first admin, or, if it is registered already, asks its admins to let
/// them join (<see cref="CouncilRegistration"/>). Registration never grants the sector role.
/// </summary>
public sealed class RegisterModel(CouncilRegistration registration, SignInManager<CouncilUser> signIn) : PageModel
{
    [BindProperty] public RegisterInput Input { get; set; } = new();

    /// <summary>Set when the council was registered already and the person's join request now waits for its admins.</summary>
    public LocalAuthority? JoinRequestedTo { get; private set; }

    public IReadOnlyList<(string Value, string Text)> Councils =>
        registration.Councils.All.Select(c => (c.OnsCode, c.Describe())).ToList();

    public sealed class RegisterInput : NewPasswordInput
    {
        [Required(ErrorMessage = "Select your council")]
        [StringLength(Organisation.OnsCodeLength, ErrorMessage = "Select your council from the list")]
        public string Council { get; set; } = "";

        [Required(ErrorMessage = "Enter your email address")]
        [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@council.gov.uk")]
        [StringLength(AccountRules.MaxEmailLength, ErrorMessage = "Enter an email address of {1:N0} characters or fewer")]
        public string Email { get; set; } = "";
    }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? LocalRedirect("/council") : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid && registration.Councils.ByOnsCode(Input.Council) is null)
        {
            ModelState.AddModelError("Input.Council", "Select your council from the list");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await registration.RegisterAsync(Input.Council, Input.Email, Input.Password, ct);
        switch (result.Outcome)
        {
            case CouncilRegistration.Outcome.Registered:
                await signIn.SignInAsync(result.User!, isPersistent: false);
                return LocalRedirect("/council");
            case CouncilRegistration.Outcome.JoinRequested:
                JoinRequestedTo = result.Council;
                return Page();
            case CouncilRegistration.Outcome.AccountRefused:
                IdentityErrors.AddTo(ModelState, result.Refusal!, "Input.Email", "Input.Password");
                return Page();
            default:
                ModelState.AddModelError("Input.Council", "Select your council from the list");
                return Page();
        }
    }
}
