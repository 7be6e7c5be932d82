using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using RoleMapper.Core.Accounts;
using RoleMapper.Web.Infrastructure;

namespace RoleMapper.Web.Pages.Account;

/// <summary>
/// /account/sign-in. Wrong passwords count towards a short lockout; an unknown address, a wrong password and a locked
/// account get the same message after the same work (<see cref="PasswordSignIn"/>), and attempts are limited per
/// address and per IP address (<see cref="RequestLimits"/>). The return address is followed only when it is on this
/// site, so a crafted link cannot send someone elsewhere after they sign in.
/// </summary>
public sealed class SignInModel(PasswordSignIn passwords) : PageModel
{
    /// <summary>Every failed sign-in, whatever the address: it never says whether an account exists or is locked.</summary>
    public static readonly string WrongDetails =
        $"Enter a correct email address and password. After {AccountRules.MaxFailedSignIns} wrong passwords in a row, "
        + $"an account cannot sign in for {(int)AccountRules.LockoutDuration.TotalMinutes} minutes.";

    [BindProperty] public SignInInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public sealed class SignInInput
    {
        [Required(ErrorMessage = "Enter your email address")]
        [StringLength(256)]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password")]
        [StringLength(128)]
        public string Password { get; set; } = "";
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (await passwords.SignInAsync(Input.Email.Trim(), Input.Password) is not { } user)
        {
            ModelState.AddModelError("Input.Email", WrongDetails);
            return Page();
        }
        if (!string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl))
        {
            return LocalRedirect(ReturnUrl);
        }
        return LocalRedirect(user.OrganisationId is null ? "/sector" : "/council");
    }
}
