using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace RoleMapper.Web.Infrastructure;

/// <summary>Puts Identity's refusals next to the field they are about, once per field, in plain words.</summary>
public static class IdentityErrors
{
    public static void AddTo(ModelStateDictionary modelState, IdentityResult result, string emailKey, string passwordKey)
    {
        foreach (var error in result.Errors)
        {
            var (key, message) = error.Code switch
            {
                "DuplicateUserName" or "DuplicateEmail" => (emailKey, "There is already an account for this email address. Sign in instead."),
                "InvalidUserName" or "InvalidEmail" => (emailKey, "Enter an email address in the correct format, like name@council.gov.uk"),
                var code when code.StartsWith("Password", StringComparison.Ordinal) => (passwordKey, error.Description),
                _ => ("", error.Description),
            };
            if (modelState[key]?.Errors.Count is null or 0)
            {
                modelState.AddModelError(key, message);
            }
        }
    }
}

/// <summary>The fields of a new password, shared by registration and accepting an invitation.</summary>
public class NewPasswordInput
{
    [System.ComponentModel.DataAnnotations.Required(ErrorMessage = "Enter a password")]
    [System.ComponentModel.DataAnnotations.StringLength(128, MinimumLength = Core.Accounts.AccountRules.MinimumPasswordLength,
        ErrorMessage = "Your password must be at least 12 characters long")]
    [System.ComponentModel.DataAnnotations.DataType(System.ComponentModel.DataAnnotations.DataType.Password)]
    public string Password { get; set; } = "";

    [System.ComponentModel.DataAnnotations.Required(ErrorMessage = "Enter your password again")]
    [System.ComponentModel.DataAnnotations.Compare(nameof(Password), ErrorMessage = "The passwords do not match")]
    [System.ComponentModel.DataAnnotations.DataType(System.ComponentModel.DataAnnotations.DataType.Password)]
    public string ConfirmPassword { get; set; } = "";
}
