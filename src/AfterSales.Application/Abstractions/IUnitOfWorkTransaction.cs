using System.Data.Common;

namespace AfterSales.Application.Abstractions;

/// <summary>
/// The database transaction of the unit of work running now (<see cref="ITransactionRunner"/>), for a store in the same
/// database that must commit or roll back with it: the sign-in provider's users.
/// </summary>
public interface IUnitOfWorkTransaction
{
    /// <summary>Null outside a unit of work.</summary>
    DbTransaction? Current { get; }
}
