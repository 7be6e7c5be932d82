using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RoleMapper.Core.Workspace;

namespace RoleMapper.Core.Data.Configurations;

public sealed class RoleUploadConfiguration : IEntityTypeConfiguration<RoleUpload>
{
    public void Configure(EntityTypeBuilder<RoleUpload> builder)
    {
        builder.Property(u => u.FileName).HasMaxLength(260);
        // Expired uploads are swept by age.
        builder.HasIndex(u => u.CreatedUtc);
    }
}
