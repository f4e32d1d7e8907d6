// Custom exception hierarchy with extra state and an overridden Message.
using System;

class BankException : Exception
{
    public string Account { get; }
    public BankException(string account, string message, Exception? inner = null) : base(message, inner) { Account = account; }
}

class InsufficientFundsException : BankException
{
    public decimal Needed { get; }
    public InsufficientFundsException(string account, decimal needed)
        : base(account, $"need {needed} more") { Needed = needed; }
    public override string Message => "Insufficient funds: " + base.Message;
}

class FrozenException : BankException
{
    public FrozenException(string account) : base(account, "account frozen") { }
}

class Program
{
    static decimal balance = 50;

    static void Withdraw(string account, decimal amount)
    {
        if (account == "frozen") throw new FrozenException(account);
        if (amount > balance) throw new InsufficientFundsException(account, amount - balance);
        balance -= amount;
        Console.WriteLine($"withdrew {amount}, balance {balance}");
    }

    static void Main()
    {
        (string, decimal)[] ops = { ("main", 20), ("main", 40), ("frozen", 1), ("main", 30) };
        foreach (var (acct, amt) in ops)
        {
            try
            {
                Withdraw(acct, amt);
            }
            catch (InsufficientFundsException e)
            {
                Console.WriteLine($"{e.GetType().Name} [{e.Account}] {e.Message} needed={e.Needed}");
            }
            catch (BankException e)
            {
                Console.WriteLine($"{e.GetType().Name} [{e.Account}] {e.Message}");
            }
        }
        var wrapped = new BankException("x", "outer", new InsufficientFundsException("y", 5));
        Console.WriteLine(wrapped.Message + " / " + wrapped.InnerException!.Message);
        Exception ex = new FrozenException("z");
        Console.WriteLine((ex is BankException) + " " + (ex is InsufficientFundsException) + " " + ex.GetType().BaseType!.Name);
        Console.WriteLine(ex.StackTrace == null ? "no stack trace before throw" : "has trace");
        Console.WriteLine(ex.HResult.ToString("X8") + " " + new ArgumentException().HResult.ToString("X8") + " " + new NullReferenceException().HResult.ToString("X8"));
    }
}
