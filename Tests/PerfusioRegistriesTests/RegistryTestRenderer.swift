import Perfusio
import PerfusioRender
import PerfusioRegistries
import PerfusioTestSupport

/// The quality-report renderer over the checkout's templates, loaded once for all tests.
enum RegistryTestRenderer {
    static func make() async throws -> TemplateQualityReportRenderer {
        try await TemplateQualityReportRenderer(templates: Fixtures.packageRoot.appendingPathComponent("templates"))
    }
}
