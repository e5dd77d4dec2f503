using System.Data.Common;
using AfterSales.Application.Abstractions;
using Microsoft.EntityFrameworkCore.Storage;

namespace AfterSales.Infrastructure.Persistence;

/// <summary>The transaction <see cref="TransactionRunner"/> has open on the request's context, if any.</summary>
internal sealed class UnitOfWorkTransaction(AfterSalesDbContext db) : IUnitOfWorkTransaction
{
    public DbTransaction? Current => db.Database.CurrentTransaction?.GetDbTransaction();
}
