// the first stderr line of an unhandled exception whose type is a nested class
Console.WriteLine("start");
throw new Holder.NestedError("nested");
class Holder { public class NestedError(string m) : Exception(m) { } }
