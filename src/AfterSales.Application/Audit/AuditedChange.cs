using System.Text.Json;

namespace AfterSales.Application.Audit;

/// <summary>
/// One aggregate or part changed by a command. <c>properties</c> maps each changed property to
/// <c>{ "old": …, "new": … }</c>; a value kept in a collection on its owner is named <c>clocks[Dispatch].state</c>.
/// </summary>
public sealed record AuditedChange(string EntityType, Guid EntityId, Guid? PartId, string Action, JsonElement Properties);
