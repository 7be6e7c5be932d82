using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RoleMapper.Core.Accounts;
using RoleMapper.Core.Mot;

namespace RoleMapper.Core.Data.Configurations;

public sealed class MotReviewConfiguration : IEntityTypeConfiguration<MotReview>
{
    public void Configure(EntityTypeBuilder<MotReview> builder)
    {
        builder.ToTable("MotReviews");
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.Priorities).HasMaxLength(MotReview.MaxTextLength);
        builder.Property(r => r.LgaSupport).HasMaxLength(MotReview.MaxTextLength);
        builder.Property(r => r.CreatedByName).HasMaxLength(256);
        builder.Property(r => r.PublishedByName).HasMaxLength(256);
        builder.Ignore(r => r.IsPublished);
        builder.OwnsMany(r => r.Strands, s =>
        {
            s.ToJson();
            s.Property(x => x.External).HasConversion<string>();
        });
        builder.HasIndex(r => new { r.OrganisationId, r.ReviewedOn });
    }
}
