using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace AfterSales.Infrastructure.Persistence.Saving;

/// <summary>
/// For one save, changes are detected when the save asks, not on every read of the entries: left automatic, EF Core
/// compares every tracked property again each time the entries are read (five times per save), which was a sixth
/// of a command's CPU.
/// </summary>
internal readonly struct ManualChangeDetection : IDisposable
{
    private readonly ChangeTracker changeTracker;
    private readonly bool wasAutomatic;

    private ManualChangeDetection(ChangeTracker changeTracker)
    {
        this.changeTracker = changeTracker;
        wasAutomatic = changeTracker.AutoDetectChangesEnabled;
        changeTracker.AutoDetectChangesEnabled = false;
    }

    public static ManualChangeDetection During(ChangeTracker changeTracker) => new(changeTracker);

    public void Dispose() => changeTracker.AutoDetectChangesEnabled = wasAutomatic;
}
