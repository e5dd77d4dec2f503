namespace AfterSales.Domain.Returns;

/// <summary>RX-2: how the money went back to the customer.</summary>
public enum RefundMethod
{
    Cash,
    BankTransfer,
    OriginalPayment,
}
