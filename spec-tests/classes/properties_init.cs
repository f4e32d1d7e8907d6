// properties: init-only setters with object initializers, required members, computed and
// expression-bodied properties, auto-property initializers, private setters, static properties,
// property change through methods, indexers with multiple parameters, and 'field'-like backing
var p = new Person { First = "Ada", Last = "Lovelace", Age = 36 };
Console.WriteLine($"{p.Full} {p.Age} {p.Initials} {p.Id}");
var p2 = p with { };
Console.WriteLine(p2.Full + " " + (p2.Id == p.Id));
var c = new Counter();
c.Increment(); c.Increment();
Console.WriteLine(c.Count + " " + Counter.Instances + " " + new Counter().Count + " " + Counter.Instances);
var grid = new Grid(3, 4);
grid[1, 2] = 7;
grid[2, 3] = grid[1, 2] * 2;
Console.WriteLine(grid[1, 2] + " " + grid[2, 3] + " " + grid["1,2"] + " " + grid.NonZero);
var cfg = new Config { Name = "prod" };
Console.WriteLine(cfg.Name + " " + cfg.Retries + " " + cfg.Timeout);
var t = new Temperature { Celsius = 100 };
Console.WriteLine($"{t.Fahrenheit} {t.Kelvin}");
t.Fahrenheit = 32;
Console.WriteLine($"{t.Celsius} {t.Kelvin:F2}");
try { t.Celsius = -300; } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.ParamName + " rejected"); }
record Person
{
    private static int nextId;
    public required string First { get; init; }
    public required string Last { get; init; }
    public int Age { get; init; }
    public int Id { get; } = ++nextId;
    public string Full => $"{First} {Last}";
    public string Initials => $"{First[0]}{Last[0]}";
}
class Counter
{
    public static int Instances { get; private set; }
    public int Count { get; private set; }
    public Counter() => Instances++;
    public void Increment() => Count++;
}
class Grid(int rows, int cols)
{
    private readonly int[] cells = new int[rows * cols];
    public int this[int r, int c] { get => cells[r * cols + c]; set => cells[r * cols + c] = value; }
    public int this[string key] => this[int.Parse(key.Split(',')[0]), int.Parse(key.Split(',')[1])];
    public int NonZero => cells.Count(x => x != 0);
}
class Config
{
    public string Name { get; init; } = "default";
    public int Retries { get; init; } = 3;
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
}
class Temperature
{
    private double celsius;
    public double Celsius
    {
        get => celsius;
        set => celsius = value < -273.15 ? throw new ArgumentOutOfRangeException(nameof(Celsius)) : value;
    }
    public double Fahrenheit { get => celsius * 9 / 5 + 32; set => Celsius = (value - 32) * 5 / 9; }
    public double Kelvin => celsius + 273.15;
}
