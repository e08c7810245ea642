"""Where editors may create home and standard pages."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, streamfield

from site_pages.models import HomePage, StandardPage
from tests.factories.site_pages import HomePageFactory, StandardPageFactory


class HomePageTreeTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.root = Page.get_first_root_node()

    def test_home_page_lives_only_at_the_tree_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertCanNotCreateAt(StandardPage, HomePage)

    def test_only_one_home_page_per_parent(self):
        self.assertTrue(HomePage.can_create_at(self.root))
        HomePageFactory(parent=self.root)
        self.assertFalse(HomePage.can_create_at(self.root))

    def test_home_page_holds_standard_pages(self):
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertIn(StandardPage, HomePage.allowed_subpage_models())


class StandardPageTreeTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = HomePageFactory()
        cls.about = StandardPageFactory(parent=cls.home, title="About", slug="about")

    def setUp(self):
        self.login()  # assertCanCreate posts the admin's create form as a superuser

    def test_standard_page_lives_under_home_and_standard_pages_only(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertCanNotCreateAt(Page, StandardPage)

    def test_standard_page_holds_only_standard_pages(self):
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})
        self.assertCanNotCreateAt(StandardPage, HomePage)

    def test_editor_can_create_a_standard_page_under_home_and_under_another(self):
        for parent in (self.home, self.about):
            self.assertCanCreate(
                parent,
                StandardPage,
                nested_form_data(
                    {
                        "title": f"Residency under {parent.title}",
                        "slug": "residency",
                        "introduction": "Monday, June 15: Social Media Residency.",
                        "body": streamfield(
                            [("heading", {"text": "Schedule", "level": "h2"})]
                        ),
                    }
                ),
            )
        residencies = StandardPage.objects.filter(slug="residency")
        self.assertEqual(
            {page.get_parent().specific for page in residencies},
            {self.home, self.about},
        )
        self.assertTrue(all(page.live for page in residencies))
