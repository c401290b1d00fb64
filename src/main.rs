fn main() -> std::process::ExitCode {
    toguna::run::main(&std::env::args_os().collect::<Vec<_>>())
}
