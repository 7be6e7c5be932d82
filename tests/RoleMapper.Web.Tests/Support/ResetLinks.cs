namespace RoleMapper.Web.Tests.Support;

/// <summary>Password reset steps as a person takes them in the browser.</summary>
public static class ResetLinks
{
    /// <summary>An admin makes a colleague's reset link on their page and reads it from the page.</summary>
    public static async Task<Uri> MakeResetLinkAsync(this HttpClient admin, string userId)
    {
        var made = await admin.SubmitAndFollowAsync(await admin.GetPageAsync($"/council/users/{userId}"), "[data-testid=reset-link-form]");
        return new Uri(made.One("[data-testid=reset-link]")!.GetAttribute("value")!);
    }

    /// <summary>Opens the link and chooses <paramref name="password"/>; returns the page that answers.</summary>
    public static async Task<WebPage> ChooseNewPasswordAsync(this HttpClient client, Uri link, string password) =>
        await client.SubmitAndFollowAsync(await client.GetPageAsync(link.PathAndQuery), "main form", ("Input.Password", password), ("Input.ConfirmPassword", password));
}
