// Events: subscribe/unsubscribe, EventHandler<T>, custom add/remove accessors, raising safely.
using System;
using System.Collections.Generic;

class PriceChangedEventArgs : EventArgs
{
    public decimal Old { get; }
    public decimal New { get; }
    public PriceChangedEventArgs(decimal o, decimal n) { Old = o; New = n; }
}

class Stock
{
    private decimal price;
    public string Symbol { get; }
    public event EventHandler<PriceChangedEventArgs>? PriceChanged;
    private readonly List<Action> listeners = new();
    public event Action Custom
    {
        add { Console.WriteLine("  custom add"); listeners.Add(value); }
        remove { Console.WriteLine("  custom remove"); listeners.Remove(value); }
    }
    public Stock(string symbol, decimal p) { Symbol = symbol; price = p; }
    public decimal Price
    {
        get => price;
        set
        {
            if (value == price) return;
            var old = price;
            price = value;
            PriceChanged?.Invoke(this, new PriceChangedEventArgs(old, value));
        }
    }
    public void FireCustom() { foreach (var l in listeners) l(); }
}

class Program
{
    static void Main()
    {
        var s = new Stock("DOT", 10m);
        EventHandler<PriceChangedEventArgs> logger = (sender, e) =>
            Console.WriteLine($"  {((Stock)sender!).Symbol}: {e.Old} -> {e.New}");
        int alerts = 0;
        EventHandler<PriceChangedEventArgs> alert = (_, e) => { if (e.New > e.Old * 1.1m) { alerts++; Console.WriteLine("  big rise!"); } };
        Console.WriteLine("no subscribers:");
        s.Price = 11m;
        s.PriceChanged += logger;
        s.PriceChanged += alert;
        Console.WriteLine("two subscribers:");
        s.Price = 12m;
        s.Price = 12m;
        s.Price = 20m;
        s.PriceChanged -= logger;
        Console.WriteLine("alert only:");
        s.Price = 30m;
        s.Price = 31m;
        Console.WriteLine("alerts=" + alerts);
        Action h = () => Console.WriteLine("  custom fired");
        s.Custom += h;
        s.FireCustom();
        s.Custom -= h;
        s.FireCustom();
        Console.WriteLine("done");
    }
}
