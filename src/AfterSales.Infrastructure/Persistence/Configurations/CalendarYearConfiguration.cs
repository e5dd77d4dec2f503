using AfterSales.Domain.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSales.Infrastructure.Persistence.Configurations;

internal sealed class CalendarYearConfiguration : IEntityTypeConfiguration<CalendarYear>
{
    public void Configure(EntityTypeBuilder<CalendarYear> builder)
    {
        builder.HasKey(year => year.Id);
        builder.Property(year => year.Id).ValueGeneratedNever();
        builder.Property(year => year.Version).IsRowVersion();
        builder.Ignore(year => year.DomainEvents);
        builder.Ignore(year => year.Holidays);
        builder.Ignore(year => year.MakeUpWorkingDays);
        builder.HasIndex(year => year.Year).IsUnique().HasDatabaseName(UniqueConstraints.CalendarYear);

        builder.HasMany(year => year.Days).WithOne().HasForeignKey("CalendarYearId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(year => year.Days).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> builder)
    {
        builder.ToTable("calendar_days");
        builder.HasKey(day => day.Id);
        builder.Property(day => day.Id).ValueGeneratedNever();
        builder.HasIndex(day => day.Date).IsUnique();
    }
}
