// EventHandler<T> with custom EventArgs, handlers that modify args (cancel), an event in an
// interface, a virtual event overridden in a derived class, and unsubscribe during raise
var stock = new Stock("ACME", 100m);
stock.PriceChanging += (s, e) => { Console.WriteLine($"changing {e.Old} -> {e.New}"); if (e.New < 0) e.Cancel = true; };
stock.PriceChanged += (s, e) => Console.WriteLine($"changed {((Stock)s!).Name} {e.Old} -> {e.New}");
stock.Price = 105.5m;
stock.Price = -1m;
stock.Price = 99m;
Console.WriteLine("final " + stock.Price);
INotify n = new Derived();
EventHandler once = null!;
once = (s, e) => { Console.WriteLine("once"); n.Happened -= once; };
n.Happened += once;
n.Happened += (s, e) => Console.WriteLine("always");
((Base)n).Trigger();
((Base)n).Trigger();
class PriceArgs : EventArgs
{
    public decimal Old { get; init; }
    public decimal New { get; init; }
    public bool Cancel { get; set; }
}
class Stock(string name, decimal price)
{
    public string Name => name;
    public event EventHandler<PriceArgs>? PriceChanging;
    public event EventHandler<PriceArgs>? PriceChanged;
    public decimal Price
    {
        get => price;
        set
        {
            var args = new PriceArgs { Old = price, New = value };
            PriceChanging?.Invoke(this, args);
            if (args.Cancel) { Console.WriteLine("cancelled"); return; }
            price = value;
            PriceChanged?.Invoke(this, args);
        }
    }
}
interface INotify { event EventHandler Happened; }
class Base : INotify
{
    public virtual event EventHandler? Happened;
    public virtual void Trigger() => Happened?.Invoke(this, EventArgs.Empty);
}
class Derived : Base
{
    private EventHandler? mine;
    public override event EventHandler? Happened { add { Console.WriteLine("derived add"); mine += value; } remove { Console.WriteLine("derived remove"); mine -= value; } }
    public override void Trigger() { Console.WriteLine("derived trigger"); mine?.Invoke(this, EventArgs.Empty); }
}
