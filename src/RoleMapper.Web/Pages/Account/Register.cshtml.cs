using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using RoleMapper.Core.Accounts;

namespace RoleMapper.Web.Pages.Account;

/// <summary>
/// /account/register: a council and its first admin, in one transaction, so a refused password never leaves a council
/// with nobody in it. Registration never grants the sector role.
/// </summary>
public sealed class RegisterModel(RoleMapperDbContext db, UserManager<CouncilUser> users, SignInManager<CouncilUser> signIn, TimeProvider clock)
    : PageModel
{
    [BindProperty] public RegisterInput Input { get; set; } = new();

    public sealed class RegisterInput : NewPasswordInput
    {
        [Required(ErrorMessage = "Enter your council's name")]
        [StringLength(Organisation.MaxNameLength, ErrorMessage = "Enter a council name of {1:N0} characters or fewer")]
        public string CouncilName { get; set; } = "";

        [Required(ErrorMessage = "Select the type of council")]
        [Display(Name = "type of council")]
        public OrganisationType? Type { get; set; }

        [Required(ErrorMessage = "Select your council's region")]
        [Display(Name = "region")]
        public EnglishRegion? Region { get; set; }

        [Required(ErrorMessage = "Enter your email address")]
        [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@council.gov.uk")]
        [StringLength(AccountRules.MaxEmailLength, ErrorMessage = "Enter an email address of {1:N0} characters or fewer")]
        public string Email { get; set; } = "";
    }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? LocalRedirect("/council") : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // Empty fields bind as null, whatever the property's default.
        var name = string.Join(' ', (Input.CouncilName ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var normalized = Organisation.Normalize(name);
        if (ModelState.IsValid && await db.Organisations.AnyAsync(o => o.NormalizedName == normalized, ct))
        {
            ModelState.AddModelError("Input.CouncilName", $"{name} is already registered. Ask one of its admins to invite you.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var organisation = new Organisation { Name = name, NormalizedName = normalized, Type = Input.Type!.Value, Region = Input.Region!.Value, CreatedUtc = now };
        db.Organisations.Add(organisation);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone registered the same name a moment ago; the unique index said no.
            ModelState.AddModelError("Input.CouncilName", $"{name} is already registered. Ask one of its admins to invite you.");
            return Page();
        }
        var email = Input.Email.Trim();
        var user = new CouncilUser { UserName = email, Email = email, OrganisationId = organisation.Id, CouncilRole = CouncilRole.Admin, CreatedUtc = now };
        var created = await users.CreateAsync(user, Input.Password);
        if (!created.Succeeded)
        {
            IdentityErrors.AddTo(ModelState, created, "Input.Email", "Input.Password");
            return Page();
        }
        await transaction.CommitAsync(ct);
        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect("/council");
    }
}
