// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "dossier",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "dossier", targets: ["dossier"]),
    .executable(name: "dossier-bench", targets: ["dossier-bench"]),
    .library(name: "DossierKit", targets: ["DossierKit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    // The preview server of `dossier serve`: small (no SwiftNIO), so a clean build stays short.
    .package(url: "https://github.com/swhitty/FlyingFox", .upToNextMinor(from: "0.27.1")),
  ],
  targets: [
    // libcmark from Debian's libcmark-dev: the only Markdown renderer.
    .systemLibrary(
      name: "CCmark",
      pkgConfig: "libcmark",
      providers: [.apt(["libcmark-dev"])]
    ),
    // Reads the top-level Templates/ folder and writes a Swift table of its files,
    // so an installed `dossier` binary carries its default theme.
    .executableTarget(name: "EmbedTemplates"),
    .plugin(
      name: "EmbedTemplatesPlugin",
      capability: .buildTool(),
      dependencies: ["EmbedTemplates"]
    ),
    .target(
      name: "DefaultTemplates",
      plugins: ["EmbedTemplatesPlugin"]
    ),
    .target(
      name: "DossierKit",
      dependencies: [
        "CCmark",
        "DefaultTemplates",
        .product(name: "Yams", package: "Yams"),
        .product(name: "Mustache", package: "swift-mustache"),
      ]
    ),
    // `dossier serve`: HTTP preview, file watching, live reload. Kept apart so the kit
    // never depends on a server.
    .target(
      name: "DossierServe",
      dependencies: [
        "DossierKit",
        .product(name: "FlyingFox", package: "FlyingFox"),
        .product(name: "FlyingSocks", package: "FlyingFox"),
      ]
    ),
    .executableTarget(
      name: "dossier",
      dependencies: [
        "DossierKit",
        "DossierServe",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // The benchmark's synthetic corpus (invented names and text); kept out of DossierKit.
    .target(name: "SyntheticCorpus"),
    // `swift run -c release dossier-bench`: times `dossier build` (run as a child process,
    // hence the dependency on the `dossier` executable, which makes SwiftPM build it too).
    .executableTarget(
      name: "dossier-bench",
      dependencies: [
        "dossier",
        "SyntheticCorpus",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // libFuzzer targets (fuzz/README.md, `make fuzz`): fuzzed only in the build of
    // scripts/fuzz.sh (address sanitizer, coverage, -DFUZZING, libFuzzer's driver linked in;
    // .build-fuzz); a plain build makes them small tools that replay input files.
    .target(name: "CFuzzerDriver", path: "Sources/Fuzz/Driver"),
    .target(name: "FuzzSupport", dependencies: ["CFuzzerDriver"], path: "Sources/Fuzz/Support"),
    .executableTarget(
      name: "fuzz-import", dependencies: ["DossierKit", "FuzzSupport"], path: "Sources/Fuzz/Import"),
    .executableTarget(
      name: "fuzz-front-matter", dependencies: ["DossierKit", "FuzzSupport"],
      path: "Sources/Fuzz/FrontMatter"),
    .executableTarget(
      name: "fuzz-dates", dependencies: ["DossierKit", "FuzzSupport"], path: "Sources/Fuzz/Dates"),
    .testTarget(
      name: "DossierKitTests",
      dependencies: ["DossierKit", "DossierServe", "SyntheticCorpus"],
      resources: [.copy("Fixtures")]
    ),
  ]
)
